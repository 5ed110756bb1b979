import { mayWriteRecord, viewOnlyReason } from '@shared/sync/editRights';
import { useWriteCheck } from '../../sync/useCanEdit';
import type { PlanningData } from './usePlanningData';

/**
 * Why this member may not change these proposals (agree, reopen, set their priority), or null:
 * each is its owner's objective, so one the member may only read holds the whole action back
 * rather than letting the server refuse part of it. Votes and comments are everyone's.
 */
export function useProposalsViewOnly(
  data: PlanningData,
): (ids: readonly string[]) => string | null {
  const check = useWriteCheck();
  return (ids) => {
    for (const id of ids) {
      const o = data.byId.get(id);
      if (!o || mayWriteRecord('objectives', o, {}, check)) continue;
      const owner = data.orgById.get(o.ownerId);
      return viewOnlyReason({
        kind: 'goals',
        ownerName: owner?.name ?? 'This owner',
        person: owner?.kind === 'person',
      });
    }
    return null;
  };
}
