import { describe, expect, it } from 'vitest';
import {
  closeBlocker,
  closeUnavailable,
  describeReviewMark,
  postmortemMissing,
  reviewMarkOf,
  unitReviews,
  type CloseInput,
} from '../../../shared/domain/cycleClose';
import { cycle, retro, sampleInput } from './fixtures';

/** The sample org's cycle with the review marks given (unit id → who marked it). */
function withMarks(marks: Record<string, string> = {}): CloseInput {
  const input = sampleInput();
  const retros = input.retros.filter((r) => !(r.objectiveId === null && r.ownerId in marks));
  for (const [unitId, by] of Object.entries(marks)) {
    const own = input.retros.find((r) => r.objectiveId === null && r.ownerId === unitId);
    retros.push({
      ...(own ?? retro(null, unitId, {})),
      reviewedAt: '2026-04-02T10:00:00.000Z',
      reviewedBy: by,
    });
  }
  return { ...input, retros };
}

describe('unitReviews', () => {
  it('lists every unit that owns objectives, in org-tree order, reviewed or not', () => {
    const units = unitReviews(withMarks({ eng: 'mei' }));
    expect(units.map((u) => [u.name, u.depth, u.objectives, u.reviewed?.byId ?? null])).toEqual([
      ['Northwind', 0, 1, null],
      ['Engineering', 1, 1, 'mei'],
      ['Mei Chen', 2, 1, null],
      ['Product', 1, 1, null],
    ]);
  });

  it('names the committed objectives below 1.0 whose retrospective says nothing of the miss', () => {
    const units = unitReviews(withMarks());
    // Engineering's p95 objective missed too, but its retrospective says why.
    expect(units.flatMap((u) => u.postmortemsMissing.map((o) => [u.name, o.title]))).toEqual([
      ['Product', 'Ship the pricing page'],
    ]);
  });

  it('counts the key results nobody scored, per unit', () => {
    const units = unitReviews(withMarks());
    expect(units.map((u) => [u.name, u.unscored.map((k) => k.title)])).toEqual([
      ['Northwind', ['Customer retention', 'Support tickets']],
      ['Engineering', ['p95 query time']],
      ['Mei Chen', ['Internal talks given']],
      ['Product', []],
    ]);
  });

  it('leaves out units whose objectives were all deleted', () => {
    const input = withMarks();
    const objectives = input.objectives.map((o) =>
      o.ownerId === 'prod' ? { ...o, deletedAt: '2026-03-30T00:00:00.000Z' } : o,
    );
    expect(unitReviews({ ...input, objectives }).map((u) => u.name)).not.toContain('Product');
  });
});

describe('closeBlocker', () => {
  it('refuses to close while units have not reviewed, naming them', () => {
    expect(closeBlocker(withMarks({ co: 'co', eng: 'mei' }))).toMatch(
      /^Mei Chen and Product have not marked their review done/,
    );
  });

  it('lets the company close once every unit has reviewed', () => {
    expect(closeBlocker(withMarks({ co: 'co', eng: 'mei', mei: 'mei', prod: 'co' }))).toBeNull();
  });

  it('closes without the units the person closing named, and only those', () => {
    const input = withMarks({ co: 'co', eng: 'mei' });
    expect(closeBlocker(input, ['mei', 'prod'])).toBeNull();
    expect(closeBlocker(input, ['mei'])).toMatch(/^Product has not marked its review done/);
  });

  it('reads a reopened review as not reviewed', () => {
    const input = withMarks({ co: 'co', eng: 'mei', mei: 'mei', prod: 'co' });
    const retros = input.retros.map((r) =>
      r.ownerId === 'prod' && r.objectiveId === null ? { ...r, reviewedAt: null } : r,
    );
    expect(closeBlocker({ ...input, retros })).toMatch(/^Product has not/);
  });

  it('is never offered on a planning or empty cycle', () => {
    const input = withMarks({ co: 'co', eng: 'mei', mei: 'mei', prod: 'co' });
    expect(closeBlocker({ ...input, cycle: { ...cycle, state: 'planning' } })).toMatch(
      /still in planning/,
    );
    expect(closeBlocker({ ...input, objectives: [] })).toBe(
      'Q1 2026 has no objectives: there is nothing to close',
    );
    expect(closeBlocker({ ...input, cycle: { ...cycle, state: 'closed' } })).toMatch(
      /already closed/,
    );
  });
});

describe('closeUnavailable', () => {
  it('offers closing on an active or reviewed cycle with objectives', () => {
    expect(closeUnavailable({ ...cycle, state: 'active' }, 3)).toBeNull();
    expect(closeUnavailable({ ...cycle, state: 'review' }, 1)).toBeNull();
    expect(closeUnavailable({ ...cycle, state: 'review' }, 0)).not.toBeNull();
  });
});

describe('reviewMarkOf', () => {
  it('reads the newest cycle retrospective of the unit, ignoring deleted ones', () => {
    const older = retro(null, 'prod', {
      id: 'a',
      reviewedAt: '2026-04-01T00:00:00.000Z',
      reviewedBy: 'co',
    });
    const newer = retro(null, 'prod', { id: 'b', updatedAt: '2026-04-03T00:00:00.000Z' });
    expect(reviewMarkOf([older, newer], 'prod')).toBeNull();
    expect(reviewMarkOf([older, { ...newer, deletedAt: 'x' }], 'prod')).toEqual({
      at: '2026-04-01T00:00:00.000Z',
      byId: 'co',
    });
  });

  it('says who marked the review and on which day', () => {
    const names = new Map([['ana', 'Ana Sousa']]);
    expect(
      describeReviewMark(
        { at: '2026-12-05T12:00:00.000Z', byId: 'ana' },
        (id) => names.get(id),
        'en-GB',
      ),
    ).toBe('Reviewed by Ana Sousa on 5 Dec 2026');
    expect(
      describeReviewMark({ at: '2026-12-05T12:00:00.000Z', byId: null }, () => undefined, 'en-US'),
    ).toBe('Reviewed by someone on Dec 5, 2026');
  });
});

describe('postmortemMissing', () => {
  it('asks a committed objective below 1.0 for a line on what was missed', () => {
    expect(postmortemMissing({ needsPostmortem: true }, '')).toBe(true);
    expect(postmortemMissing({ needsPostmortem: true }, '  ')).toBe(true);
    expect(postmortemMissing({ needsPostmortem: true }, 'Shipped late')).toBe(false);
    expect(postmortemMissing({ needsPostmortem: false }, undefined)).toBe(false);
    expect(postmortemMissing(null, undefined)).toBe(false);
  });
});
