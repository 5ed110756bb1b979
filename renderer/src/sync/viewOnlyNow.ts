import type { Objective } from '@shared/domain/model';
import { mayWriteRecord, viewOnlyReason } from '@shared/sync/editRights';
import { db } from '../db/schema';
import { currentWriteCheck } from './useCanEdit';

/**
 * For writes started outside a form (dragging on the map, a keyboard command): why this member
 * may not change the objective now, or null when they may. Read at the moment of acting.
 */
export async function objectiveViewOnlyNow(
  objective: Pick<Objective, 'id' | 'ownerId' | 'cycleId' | 'private'>,
): Promise<string | null> {
  if (mayWriteRecord('objectives', objective, {}, currentWriteCheck())) return null;
  const owner = await db.orgUnits.get(objective.ownerId);
  return viewOnlyReason({
    kind: 'goals',
    ownerName: owner?.name ?? 'This owner',
    person: owner?.kind === 'person',
  });
}
