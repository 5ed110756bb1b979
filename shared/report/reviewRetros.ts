import type { Retro } from '../domain/model';
import { latestBy } from './reviewRecords';
import type { Lesson, ReportObjective, RetroText } from './reviewTypes';

/** Retrospectives in the review report: their text, the scope's own one, and the lessons. */

const isEmptyRetro = (r: RetroText): boolean =>
  !r.wentWell.trim() && !r.missed.trim() && !r.lessons.trim() && !r.nextSteps.trim();

/** The text of a live retrospective; null when there is none or it says nothing. */
export const retroText = (r: Retro | undefined): RetroText | null => {
  if (!r || r.deletedAt) return null;
  const t = { wentWell: r.wentWell, missed: r.missed, lessons: r.lessons, nextSteps: r.nextSteps };
  return isEmptyRetro(t) ? null : t;
};

export interface RetroSectionInput {
  /** Live retrospectives of the cycle. */
  liveRetros: readonly Retro[];
  /** Org units in scope; null for everyone. */
  inScope: ReadonlySet<string> | null;
  treeOrder: ReadonlyMap<string, number>;
  /** The unit whose cycle retrospective is the report's own. */
  scopeOwner: string;
  reportObjectives: readonly ReportObjective[];
  ownerName: (id: string) => string;
}

/** The scope's own cycle retrospective, and lessons from everything in scope. */
export function retroSection(input: RetroSectionInput): {
  cycleRetro: RetroText | null;
  lessons: Lesson[];
} {
  const { inScope, treeOrder, scopeOwner, ownerName } = input;
  const cycleRetros = input.liveRetros
    .filter((r) => r.objectiveId === null && (!inScope || inScope.has(r.ownerId)))
    .sort(
      (a, b) => (treeOrder.get(a.ownerId) ?? Infinity) - (treeOrder.get(b.ownerId) ?? Infinity),
    );
  const cycleRetro = retroText(
    latestBy(
      cycleRetros.filter((r) => r.ownerId === scopeOwner),
      () => 'own',
    ).get('own'),
  );
  const lessons: Lesson[] = [];
  for (const o of input.reportObjectives)
    if (o.retro?.lessons.trim()) lessons.push({ source: o.title, text: o.retro.lessons.trim() });
  for (const r of latestBy(cycleRetros, (r) => r.ownerId).values())
    if (r.lessons.trim())
      lessons.push({ source: `${ownerName(r.ownerId)} (cycle)`, text: r.lessons.trim() });
  return { cycleRetro, lessons };
}
