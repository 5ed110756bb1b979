import { describe, expect, it } from 'vitest';
import { reviewMarkOf } from '../../../shared/domain/cycleClose';
import type { Retro } from '../../../shared/domain/model';
import { describeProblem, restore } from '../../../shared/domain/backup';
import { fixture } from './helpers';

// A unit's review mark is two optional fields on its cycle retrospective: backups written
// before units marked reviews restore as they are, and a mark survives a backup.

const CYCLE_RETRO = '00000000-0000-4000-8000-000000000071';

function withMark(mark: Partial<Retro>) {
  const f = fixture();
  const retros = (f.tables.retros as Retro[]).map((r) =>
    r.id === CYCLE_RETRO ? { ...r, ...mark } : r,
  );
  return { ...f, tables: { ...f.tables, retros } };
}

describe('restore of review marks', () => {
  it('reads a backup from before review marks as "not reviewed"', () => {
    const r = restore(fixture());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const retro = (r.tables.retros as Retro[]).find((x) => x.id === CYCLE_RETRO)!;
    expect(reviewMarkOf(r.tables.retros as Retro[], retro.ownerId)).toBeNull();
  });

  it('keeps who marked a review and when', () => {
    const r = restore(
      withMark({
        reviewedAt: '2026-03-30T09:00:00.000Z',
        reviewedBy: '00000000-0000-4000-8000-000000000004',
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const retro = (r.tables.retros as Retro[]).find((x) => x.id === CYCLE_RETRO)!;
    expect(reviewMarkOf(r.tables.retros as Retro[], retro.ownerId)).toEqual({
      at: '2026-03-30T09:00:00.000Z',
      byId: '00000000-0000-4000-8000-000000000004',
    });
  });

  it('refuses a mark made by an org unit that is not in the backup, naming the field', () => {
    const r = restore(withMark({ reviewedAt: '2026-03-30T09:00:00.000Z', reviewedBy: 'nobody' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(describeProblem)).toContainEqual(
      expect.stringMatching(
        /^retros, row \d+ \(id .*071\) field reviewedBy: points to orgUnits "nobody"/,
      ),
    );
  });
});
