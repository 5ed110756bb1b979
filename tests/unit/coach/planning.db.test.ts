import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { ValidationError } from '../../../renderer/src/db/records';
import { ensureWorkspace } from '../../../renderer/src/db/bootstrap';
import { createObjective } from '../../../renderer/src/db/commands/objectives';
import { createKeyResult } from '../../../renderer/src/db/commands/keyResults';
import { restoreDeleted } from '../../../renderer/src/db/commands/softDelete';
import { addOrgUnit } from '../../../renderer/src/db/commands/org';
import {
  addComment,
  agreeObjectives,
  castVote,
  clearVotes,
  correlateTopDown,
  deleteComment,
  moveInTie,
  publishCycle,
  retractVote,
  setDotBudget,
  setPrioritiesFromVotes,
  submitProposal,
} from '../../../renderer/src/db/commands/planning';
import { dismissFinding, reopenFinding } from '../../../renderer/src/db/commands/coach';
import {
  createFromTemplate,
  ensureBuiltInTemplates,
  saveAsTemplate,
} from '../../../renderer/src/db/commands/templates';

let companyId: string;
let cycleId: string;

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await ensureWorkspace(new Date(2026, 6, 10));
  companyId = (await db.orgUnits.where('kind').equals('company').first())!.id;
  cycleId = (await db.cycles.toCollection().first())!.id;
});

async function refusal(p: Promise<unknown>): Promise<Record<string, string>> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).errors;
}

const proposal = async (title: string) => {
  const o = await createObjective({ title, ownerId: companyId, cycleId });
  await submitProposal(o.id);
  return o;
};
const state = async (id: string) => (await db.objectives.get(id))!.planState;

describe('dot voting', () => {
  it('refuses a dot beyond the budget with a message, and writes nothing', async () => {
    const a = await proposal('Make onboarding a delight for new teams');
    const b = await proposal('Become the fastest analytics platform');
    await castVote(a.id, 'Ana');
    await castVote(a.id, 'ana ');
    await castVote(b.id, 'Ana');
    const errors = await refusal(castVote(b.id, 'Ana'));
    expect(errors.dots).toBe('Ana has used all 3 dots: take one back before voting again');
    const votes = await db.votes.where('[cycleId+voter]').equals([cycleId, 'Ana']).toArray();
    expect(votes.reduce((n, v) => n + v.dots, 0)).toBe(3);
  });

  it('follows the budget setting, and gives a dot back on retract', async () => {
    const a = await proposal('Make onboarding a delight for new teams');
    await setDotBudget(1);
    await castVote(a.id, 'Tomás');
    expect((await refusal(castVote(a.id, 'Tomás'))).dots).toMatch(/all 1 dot:/);
    await retractVote(a.id, 'Tomás');
    await castVote(a.id, 'Tomás');
    expect((await refusal(setDotBudget(0))).dotBudget).toMatch(/1 to 50/);
  });

  it('takes votes only on proposals', async () => {
    const draft = await createObjective({
      title: 'Still a draft objective here',
      ownerId: companyId,
      cycleId,
    });
    expect((await refusal(castVote(draft.id, 'Ana'))).dots).toMatch(/Only proposals/);
  });

  it('sets priorities in vote order, ties broken by hand; clearing votes can be undone', async () => {
    const a = await proposal('Make onboarding a delight for new teams');
    const b = await proposal('Become the fastest analytics platform');
    const c = await proposal('Win back the customers we lost last year');
    await castVote(c.id, 'Ana');
    await castVote(c.id, 'Ana');
    await castVote(a.id, 'Mei');
    await castVote(b.id, 'Mei');
    await moveInTie(cycleId, b.id, -1);
    await setPrioritiesFromVotes(cycleId);
    const ranks = await Promise.all(
      [c, b, a].map(async (o) => (await db.objectives.get(o.id))!.rank),
    );
    expect(ranks).toEqual([1, 2, 3]);
    expect((await refusal(moveInTie(cycleId, c.id, 1))).order).toMatch(/no tie/);
    const token = await clearVotes(cycleId);
    expect((await db.votes.toArray()).filter((v) => !v.deletedAt)).toHaveLength(0);
    await restoreDeleted(token);
    expect((await db.votes.toArray()).filter((v) => !v.deletedAt)).toHaveLength(3);
  });
});

describe('the planning states', () => {
  it('go draft → proposed → agreed → published, and publishing takes every agreed objective at once', async () => {
    const a = await proposal('Make onboarding a delight for new teams');
    const b = await proposal('Become the fastest analytics platform');
    expect((await refusal(publishCycle(cycleId))).publish).toMatch(/Nothing is agreed/);
    await agreeObjectives([a.id, b.id]);
    expect(await publishCycle(cycleId)).toBe(2);
    expect([await state(a.id), await state(b.id)]).toEqual(['published', 'published']);
  });

  it('refuses a jump that skips a step, for all objectives or none', async () => {
    const a = await proposal('Make onboarding a delight for new teams');
    const d = await createObjective({
      title: 'Still a draft objective here',
      ownerId: companyId,
      cycleId,
    });
    expect((await refusal(agreeObjectives([a.id, d.id]))).planState).toMatch(
      /draft: it cannot become agreed/,
    );
    expect(await state(a.id)).toBe('proposed');
  });
});

describe('discussion comments', () => {
  it('are added with an author, refused empty, and deleted with undo', async () => {
    const a = await proposal('Make onboarding a delight for new teams');
    expect((await refusal(addComment(a.id, 'Ana', '  '))).text).toMatch(/Comment cannot be empty/);
    const c = await addComment(a.id, 'Ana', 'Do we have the people for this?');
    const token = await deleteComment(c.id);
    expect((await db.comments.get(c.id))!.deletedAt).toBeTruthy();
    await restoreDeleted(token);
    expect((await db.comments.get(c.id))!.deletedAt).toBeNull();
  });
});

describe('top-down correlation', () => {
  it('creates an aligned draft for each chosen unit in one step', async () => {
    const dep = await addOrgUnit('department', 'Product', companyId);
    const team = await addOrgUnit('team', 'Growth', dep.id);
    const o = await createObjective({
      title: 'Make Northwind the product customers stay with',
      ownerId: companyId,
      cycleId,
    });
    const kr = await createKeyResult(o.id, {
      title: 'Customer retention',
      kind: 'increase',
      start: 80,
      target: 88,
      unit: '%',
    });
    const made = await correlateTopDown(kr.id, [
      { ownerId: dep.id, title: 'Turn first-week users into weekly habits' },
      { ownerId: team.id, title: 'Make the first session delightful' },
    ]);
    expect(made.map((m) => [m.planState, m.alignedTo, m.rank])).toEqual([
      ['draft', { kind: 'keyResult', id: kr.id }, 1],
      ['draft', { kind: 'keyResult', id: kr.id }, 1],
    ]);
  });

  it('creates nothing when one title is missing', async () => {
    const dep = await addOrgUnit('department', 'Product', companyId);
    const team = await addOrgUnit('team', 'Growth', dep.id);
    const o = await createObjective({
      title: 'Make Northwind the product customers stay with',
      ownerId: companyId,
      cycleId,
    });
    const kr = await createKeyResult(o.id, {
      title: 'Customer retention',
      kind: 'increase',
      start: 80,
      target: 88,
      unit: '%',
    });
    const errors = await refusal(
      correlateTopDown(kr.id, [
        { ownerId: dep.id, title: 'Turn first-week users into weekly habits' },
        { ownerId: team.id, title: ' ' },
      ]),
    );
    expect(errors[`title-${team.id}`]).toMatch(/^Growth: Title cannot be empty/);
    expect(await db.objectives.where('alignedTo.id').equals(kr.id).count()).toBe(0);
  });
});

describe('dismissing a coach finding', () => {
  it('needs a reason, and can be reopened', async () => {
    expect(
      (
        await refusal(
          dismissFinding({
            ruleId: 'objective-vague',
            subjectId: 'x',
            ownerId: companyId,
            reason: '',
          }),
        )
      ).reason,
    ).toMatch(/reason/);
    const d = await dismissFinding({
      ruleId: 'objective-vague',
      subjectId: 'x',
      ownerId: companyId,
      reason: 'Working title',
    });
    expect(
      (
        await refusal(
          dismissFinding({
            ruleId: 'objective-vague',
            subjectId: 'x',
            ownerId: companyId,
            reason: 'again',
          }),
        )
      ).reason,
    ).toMatch(/already/);
    await reopenFinding(d.id);
    expect((await db.dismissals.get(d.id))!.deletedAt).toBeTruthy();
  });
});

describe('templates', () => {
  it('load once, start an objective with their key results, and take your own objective back as a template', async () => {
    await ensureBuiltInTemplates();
    await ensureBuiltInTemplates();
    expect(await db.templates.count()).toBe(6);
    const o = await createFromTemplate({
      templateId: 'builtin-template-mvp-launch',
      cycleId,
      ownerId: companyId,
    });
    expect(o.title).toBe('Put a minimum viable product in the hands of real users');
    expect(await db.keyResults.where('objectiveId').equals(o.id).count()).toBe(4);
    const mine = await saveAsTemplate(o.id, 'Our MVP playbook');
    expect([mine.builtIn, mine.keyResults.length]).toEqual([false, 4]);
    expect((await refusal(saveAsTemplate(o.id, ''))).name).toMatch(/cannot be empty/);
  });
});
