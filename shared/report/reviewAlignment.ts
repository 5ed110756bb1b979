import { parentObjectiveId } from '../domain/alignment';
import type { Objective } from '../domain/model';
import type { OutlineRow, ReportObjective } from './reviewTypes';

/** The review report's alignment picture: the objectives in scope as a forest, parents first. */
export function alignmentOutline(
  reportObjectives: readonly ReportObjective[],
  allObjectives: ReadonlyMap<string, Objective>,
  objectiveIds: ReadonlySet<string>,
  krObjective: ReadonlyMap<string, string>,
): OutlineRow[] {
  const kids = new Map<string | null, ReportObjective[]>();
  const supports = new Map<string, string | null>();
  for (const o of reportObjectives) {
    const parent = parentObjectiveId(allObjectives.get(o.id)?.alignedTo, krObjective);
    const key = parent && objectiveIds.has(parent) && parent !== o.id ? parent : null;
    if (key === null)
      supports.set(o.id, parent ? (allObjectives.get(parent)?.title ?? null) : null);
    const list = kids.get(key);
    if (list) list.push(o);
    else kids.set(key, [o]);
  }
  const alignment: OutlineRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number): void => {
    for (const o of kids.get(parent) ?? []) {
      if (seen.has(o.id)) continue;
      seen.add(o.id);
      alignment.push({
        objectiveId: o.id,
        depth,
        title: o.title,
        ownerName: o.ownerName,
        score: o.score,
        band: o.band,
        supports: depth === 0 ? (supports.get(o.id) ?? null) : null,
      });
      walk(o.id, depth + 1);
    }
  };
  walk(null, 0);
  // Objectives caught in a loop have no root to hang from: list them at the top level.
  for (const o of reportObjectives)
    if (!seen.has(o.id)) {
      seen.add(o.id);
      alignment.push({
        objectiveId: o.id,
        depth: 0,
        title: o.title,
        ownerName: o.ownerName,
        score: o.score,
        band: o.band,
        supports: null,
      });
      walk(o.id, 1);
    }
  return alignment;
}
