import type { Alignment, KeyResult, Objective } from './model';

type ObjLink = Pick<Objective, 'id' | 'alignedTo'>;
type KrLink = Pick<KeyResult, 'id' | 'objectiveId'>;

/** The objective a link points at: itself, or the objective owning the key result. */
export function parentObjectiveId(
  link: Alignment | null | undefined,
  krObjective: ReadonlyMap<string, string>,
): string | null {
  if (!link) return null;
  return link.kind === 'objective' ? link.id : (krObjective.get(link.id) ?? null);
}

/**
 * Would aligning `childId` to `target` close a loop? Walks up from the target; a loop already
 * in the data is tolerated on read (the walk stops at a repeat) but never created on write.
 */
export function wouldCreateLoop(
  childId: string,
  target: Alignment,
  objectives: readonly ObjLink[],
  keyResults: readonly KrLink[],
): boolean {
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const krObjective = new Map(keyResults.map((k) => [k.id, k.objectiveId]));
  let cur = parentObjectiveId(target, krObjective);
  const seen = new Set<string>();
  while (cur && !seen.has(cur)) {
    if (cur === childId) return true;
    seen.add(cur);
    cur = parentObjectiveId(byId.get(cur)?.alignedTo, krObjective);
  }
  return false;
}
