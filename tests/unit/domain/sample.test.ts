import { describe, expect, it } from 'vitest';
import spec from '../../../resources/sample-workspace.json';
import { cycleContaining } from '../../../shared/domain/cycle';
import { dayNumber } from '../../../shared/domain/history';
import { KR_KINDS } from '../../../shared/domain/model';
import { buildSample, type SampleSpec } from '../../../shared/domain/sample';
import { DEFAULT_STALE_DAYS, isStale } from '../../../shared/domain/staleness';

// Records are stamped when the sample is loaded, which is today.
const STAMP = '2026-05-15T09:00:00.000Z';

function sampleOn(today: Date, staleDays?: number) {
  const q = cycleContaining('quarter', today);
  const cycle = { id: 'q', ...q, state: 'active' as const };
  let n = 0;
  const recs = buildSample(
    spec as SampleSpec,
    { companyId: 'co', meId: 'me', cycle, staleDays },
    today,
    () => `id${n++}`,
    today.toISOString(),
  );
  const iso = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const todayIso = iso(today);
  const historyOf = (krId: string) =>
    recs.checkIns.filter((c) => c.keyResultId === krId).sort((a, b) => a.at.localeCompare(b.at));
  const stale = (staleDaysSetting = DEFAULT_STALE_DAYS) =>
    recs.keyResults.filter((kr) =>
      isStale({
        kr,
        lastCheckInAt: historyOf(kr.id).at(-1)?.at ?? null,
        cycle,
        today: todayIso,
        staleDays: staleDaysSetting,
      }),
    );
  return { recs, cycle, todayIso, historyOf, stale };
}

// Q2 2026 runs 1 April to 30 June: its first day, its fourth, its middle, its last.
const DAYS: [string, Date][] = [
  ['the first day of the quarter', new Date(2026, 3, 1, 9)],
  ['three days in', new Date(2026, 3, 3, 9)],
  ['the middle of the quarter', new Date(2026, 4, 15, 9)],
  ['the last day of the quarter', new Date(2026, 5, 30, 9)],
];

describe('buildSample', () => {
  it.each(DAYS)('never dates a check-in in the future or outside the cycle, on %s', (_, today) => {
    const { recs, cycle, todayIso } = sampleOn(today);
    for (const c of recs.checkIns) {
      expect(c.at <= todayIso).toBe(true);
      expect(c.at >= cycle.start).toBe(true);
      expect(c.at <= cycle.end).toBe(true);
    }
  });

  it.each(DAYS)('gives each key result its latest check-in as its value, on %s', (_, today) => {
    const { recs, historyOf } = sampleOn(today);
    for (const kr of recs.keyResults) {
      const last = historyOf(kr.id).at(-1);
      expect(kr.current).toBe(last ? last.value : kr.start);
      expect(kr.confidence).toBe(last ? last.confidence : null);
      if (kr.kind === 'milestones')
        expect(kr.milestones.filter((m) => m.done)).toHaveLength(kr.current);
    }
  });

  it('checks in every week up to this week, so only one key result is stale mid-quarter', () => {
    const { recs, historyOf, stale, todayIso } = sampleOn(new Date(2026, 4, 15, 9));
    const [silent] = stale();
    expect(stale()).toHaveLength(1);
    expect(silent!.title).toBe('Median dashboard load time');
    // Its last word says why nobody has measured since.
    expect(historyOf(silent!.id).at(-1)!.blockers).toMatch(/benchmark rig/i);
    for (const kr of recs.keyResults.filter((k) => k !== silent)) {
      const days = historyOf(kr.id).map((c) => dayNumber(c.at));
      if (!days.length) continue;
      expect(dayNumber(todayIso) - days.at(-1)!).toBeLessThan(7);
      days.slice(1).forEach((d, i) => expect(d - days[i]!).toBe(7));
    }
  });

  it('keeps the silent key result stale when the stale-after setting is longer', () => {
    const { stale } = sampleOn(new Date(2026, 5, 30, 9), 30);
    expect(stale(30).map((k) => k.title)).toEqual(['Median dashboard load time']);
  });

  it.each(DAYS.slice(0, 2))('has nothing stale yet on %s', (_, today) => {
    expect(sampleOn(today).stale()).toEqual([]);
  });

  it('gives Me two key results, one of them milestones, aligned to a team’s key result', () => {
    const { recs } = sampleOn(new Date(2026, 4, 15, 9));
    const mine = recs.objectives.filter((o) => o.ownerId === 'me');
    expect(mine).toHaveLength(1);
    const krs = recs.keyResults.filter((k) => k.ownerId === 'me');
    expect(krs.map((k) => k.kind).sort()).toEqual(['increase', 'milestones']);
    const alignedTo = recs.keyResults.find((k) => k.id === mine[0]!.alignedTo?.id);
    expect(alignedTo?.title).toBe('Time to first chart');
  });

  it('leaves out what the sample gives Me when there is no Me', () => {
    const q = cycleContaining('quarter', new Date(2026, 4, 15));
    const recs = buildSample(
      spec as SampleSpec,
      { companyId: 'co', meId: null, cycle: { id: 'q', ...q } },
      new Date(2026, 4, 15),
      () => crypto.randomUUID(),
      STAMP,
    );
    expect(recs.objectives.some((o) => o.ownerId === 'me' || !o.ownerId)).toBe(false);
    expect(recs.keyResults.some((k) => k.ownerId === 'me')).toBe(false);
  });

  it('keeps its variety: every kind, committed and aspirational, and one orphan', () => {
    const { recs } = sampleOn(new Date(2026, 4, 15, 9));
    expect(new Set(recs.keyResults.map((k) => k.kind))).toEqual(new Set(KR_KINDS));
    expect(new Set(recs.objectives.map((o) => o.type))).toEqual(
      new Set(['committed', 'aspirational']),
    );
    const orphans = recs.objectives.filter((o) => !o.alignedTo && o.ownerId !== 'co');
    expect(orphans.map((o) => o.title)).toEqual(['Improve things']);
  });

  it('lays out a cycle already over up to its last day only', () => {
    const q = cycleContaining('quarter', new Date(2026, 4, 15));
    const recs = buildSample(
      spec as SampleSpec,
      { companyId: 'co', meId: 'me', cycle: { id: 'q', ...q } },
      new Date(2026, 7, 10),
      () => crypto.randomUUID(),
      STAMP,
    );
    expect(recs.checkIns.length).toBeGreaterThan(0);
    expect(recs.checkIns.every((c) => c.at >= q.start && c.at <= q.end)).toBe(true);
  });
});
