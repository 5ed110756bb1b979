import type { TreeRow } from '../domain/org';
import { postmortemMissing } from '../domain/cycleClose';
import { aspirationalHint, roundScore, type Band } from '../domain/review';
import { group } from './reviewRecords';
import type {
  BandCounts,
  ReportObjective,
  ReviewReport,
  TypeSummary,
  UnitSummary,
} from './reviewTypes';

/** The review report's summary: counts, averages and bands, overall, per unit and per type. */

const emptyBands = (): BandCounts => ({ green: 0, yellow: 0, red: 0, unscored: 0 });
const addBand = (b: BandCounts, band: Band | null): void => {
  if (band) b[band] += 1;
  else b.unscored += 1;
};
const average = (xs: readonly (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null);
  // One decimal, like every score, so an average sits inside the band it is coloured in.
  return v.length ? roundScore(v.reduce((s, x) => s + x, 0) / v.length) : null;
};

/** Summarises the report's objectives; `tree` is the org tree in order, for the units. */
export function reviewSummary(
  reportObjectives: readonly ReportObjective[],
  tree: readonly TreeRow[],
): ReviewReport['summary'] {
  const bands = emptyBands();
  for (const o of reportObjectives) addBand(bands, o.band);
  const keyResultScores = Array.from({ length: 11 }, (_, i) => ({ score: i / 10, count: 0 }));
  let krCount = 0;
  let krScored = 0;
  for (const o of reportObjectives)
    for (const k of o.keyResults) {
      krCount += 1;
      if (k.scoreSet) krScored += 1;
      const bucket = keyResultScores[Math.round(k.score * 10)];
      if (bucket) bucket.count += 1;
    }
  const byOwner = group(reportObjectives, (o) => o.ownerId);
  const byUnit: UnitSummary[] = tree
    .filter((r) => byOwner.has(r.unit.id))
    .map(({ unit, depth }) => {
      const list = byOwner.get(unit.id)!;
      const b = emptyBands();
      for (const o of list) addBand(b, o.band);
      return {
        unitId: unit.id,
        name: unit.name,
        kind: unit.kind,
        depth,
        objectives: list.length,
        average: average(list.map((o) => o.score)),
        bands: b,
      };
    });
  // Indent from the scope's top: a department's report starts at the department.
  const topDepth = Math.min(...byUnit.map((u) => u.depth));
  for (const u of byUnit) u.depth -= topDepth;
  const byType: TypeSummary[] = (['committed', 'aspirational'] as const).map((type) => {
    const list = reportObjectives.filter((o) => o.type === type);
    return {
      type,
      objectives: list.length,
      average: average(list.map((o) => o.score)),
      // Committed: delivered in full; aspirational: at least a healthy stretch.
      meetingExpectation: list.filter((o) =>
        ['met', 'healthy', 'tooEasy'].includes(o.expectation?.kind ?? ''),
      ).length,
    };
  });
  return {
    objectives: reportObjectives.length,
    keyResults: krCount,
    keyResultsScored: krScored,
    average: average(reportObjectives.map((o) => o.score)),
    bands,
    keyResultScores,
    byUnit,
    byType,
    postmortemsMissing: reportObjectives.filter((o) =>
      postmortemMissing(o.expectation, o.retro?.missed),
    ).length,
    hint: aspirationalHint(reportObjectives),
  };
}
