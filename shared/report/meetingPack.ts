import { formatDateRange, type LocaleTag } from '../format';
import { keyResultAim } from '../format/keyResultReading';
import { principleLabel, type Finding, type Severity } from '../domain/coach';
import type { Comment, Cycle, KeyResult, Objective, OrgUnit, PlanState } from '../domain/model';
import { SEVEN_STEPS, voteOrder, voterKey, type VoteLike } from '../domain/planning';

/**
 * The meeting pack a team lead takes into the planning meeting: the agenda (the method's seven
 * steps), every proposal in vote order with its key results, coach findings and discussion,
 * and the votes so far. One model feeds the Markdown export and the printed view.
 */

export interface MeetingPackInput {
  cycle: Pick<Cycle, 'name' | 'start' | 'end' | 'state'>;
  /** yyyy-MM-dd */
  preparedOn: string;
  objectives: readonly Pick<
    Objective,
    'id' | 'title' | 'description' | 'ownerId' | 'type' | 'planState' | 'alignedTo' | 'createdAt'
  >[];
  keyResults: readonly Pick<
    KeyResult,
    'id' | 'objectiveId' | 'title' | 'kind' | 'start' | 'target' | 'unit' | 'rank' | 'milestones'
  >[];
  orgUnits: readonly Pick<OrgUnit, 'id' | 'name' | 'kind'>[];
  votes: readonly VoteLike[];
  comments: readonly Pick<Comment, 'objectiveId' | 'author' | 'text' | 'createdAt'>[];
  handOrder: readonly string[];
  dotBudget: number;
  /** Open coach findings over the cycle. */
  findings: readonly Finding[];
  health: number;
}

export interface PackFinding {
  severity: Severity;
  about: string;
  message: string;
  fix: string;
  principle: string;
}

export interface PackProposal {
  position: number;
  id: string;
  title: string;
  description: string;
  owner: string;
  type: Objective['type'];
  dots: number;
  tied: boolean;
  alignsTo: string | null;
  keyResults: string[];
  findings: PackFinding[];
  comments: { author: string; text: string }[];
}

export interface MeetingPack {
  title: string;
  cycleName: string;
  period: string;
  preparedOn: string;
  health: number;
  agenda: { leaf: string; label: string; detail: string }[];
  proposals: PackProposal[];
  voters: { name: string; used: number; budget: number; on: { title: string; dots: number }[] }[];
  cycleFindings: PackFinding[];
  counts: Record<PlanState, number>;
}

/** A key result in a few words, as it reads everywhere: `Customer retention: 80 → 88 %`. */
export function describeKeyResult(k: MeetingPackInput['keyResults'][number]): string {
  return `${k.title}: ${keyResultAim({ ...k, milestoneCount: k.milestones.length })}`;
}

const toPackFinding = (f: Finding): PackFinding => ({
  severity: f.severity,
  about:
    f.subject.kind === 'keyResult'
      ? `Key result “${f.subject.title}”`
      : f.subject.kind === 'cycle'
        ? 'The cycle'
        : 'Objective',
  message: f.message,
  fix: f.fix,
  principle: principleLabel(f.principle),
});

/** The pack for `input`; its dates read in `locale` ('' for the system's). */
export function buildMeetingPack(input: MeetingPackInput, locale: LocaleTag = ''): MeetingPack {
  const orgName = new Map(input.orgUnits.map((u) => [u.id, `${u.name} (${u.kind})`]));
  const byId = new Map(input.objectives.map((o) => [o.id, o]));
  const krById = new Map(input.keyResults.map((k) => [k.id, k]));
  const counts: Record<PlanState, number> = { draft: 0, proposed: 0, agreed: 0, published: 0 };
  for (const o of input.objectives) counts[o.planState]++;
  const proposals = input.objectives.filter((o) => o.planState === 'proposed');
  const order = voteOrder(proposals, input.votes, input.handOrder);
  const findingsByObjective = new Map<string, PackFinding[]>();
  const cycleFindings: PackFinding[] = [];
  for (const f of input.findings) {
    if (f.objectiveId === null) cycleFindings.push(toPackFinding(f));
    else
      findingsByObjective.set(f.objectiveId, [
        ...(findingsByObjective.get(f.objectiveId) ?? []),
        toPackFinding(f),
      ]);
  }
  const alignText = (a: Objective['alignedTo']): string | null => {
    if (!a) return null;
    if (a.kind === 'objective') return byId.get(a.id)?.title ?? 'an objective outside this cycle';
    const kr = krById.get(a.id);
    return kr
      ? `${kr.title} (key result of “${byId.get(kr.objectiveId)?.title ?? '…'}”)`
      : 'a key result outside this cycle';
  };
  const packed: PackProposal[] = order.map((p, i) => {
    const o = byId.get(p.id)!;
    return {
      position: i + 1,
      id: o.id,
      title: o.title,
      description: o.description,
      owner: orgName.get(o.ownerId) ?? 'no owner',
      type: o.type,
      dots: p.dots,
      tied: p.tied,
      alignsTo: alignText(o.alignedTo),
      keyResults: input.keyResults
        .filter((k) => k.objectiveId === o.id)
        .sort((a, b) => a.rank - b.rank)
        .map(describeKeyResult),
      findings: findingsByObjective.get(o.id) ?? [],
      comments: input.comments
        .filter((c) => c.objectiveId === o.id)
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
        .map((c) => ({ author: c.author, text: c.text })),
    };
  });
  const voters = new Map<string, MeetingPack['voters'][number]>();
  for (const v of input.votes) {
    if (v.dots <= 0) continue;
    const key = voterKey(v.voter);
    const entry = voters.get(key) ?? {
      name: v.voter.trim(),
      used: 0,
      budget: input.dotBudget,
      on: [],
    };
    entry.used += v.dots;
    entry.on.push({ title: byId.get(v.objectiveId)?.title ?? 'a removed objective', dots: v.dots });
    voters.set(key, entry);
  }
  const comments = input.comments.filter(
    (c) => byId.get(c.objectiveId)?.planState === 'proposed',
  ).length;
  const detail = [
    `${counts.proposed} proposal${counts.proposed === 1 ? '' : 's'} submitted; ${counts.draft} draft${counts.draft === 1 ? '' : 's'} not yet submitted`,
    `Discuss each proposal (${comments} comment${comments === 1 ? '' : 's'} so far), then vote: ${input.dotBudget} dot${input.dotBudget === 1 ? '' : 's'} per person; ties broken by hand`,
    'Present the ranked proposals to each department',
    `Confirm the agreed set (${counts.agreed} agreed so far)`,
    'Break the company key results down into aligned department and team objectives',
    'Each person drafts personal OKRs that serve their team',
    `Announce and publish (${counts.published} published so far)`,
  ];
  return {
    title: `Meeting pack: ${input.cycle.name}`,
    cycleName: input.cycle.name,
    period: formatDateRange(input.cycle.start, input.cycle.end, locale),
    preparedOn: input.preparedOn,
    health: input.health,
    agenda: SEVEN_STEPS.map((s, i) => ({ leaf: s.leaf, label: s.label, detail: detail[i]! })),
    proposals: packed,
    voters: [...voters.values()].sort((a, b) => a.name.localeCompare(b.name)),
    cycleFindings,
    counts,
  };
}
