import { formatDocumentName, type DocumentName } from './documentNames';
import type { Row, SyncedTable } from './recordDoc';

/**
 * Which document a record belongs to (docs/architecture.md, "Team sync"):
 * - `org`: org units and cycles;
 * - `unit/<ownerId>/<cycleId>`: objectives, key results, initiatives, scores, retrospectives,
 *   dismissals and check-ins — the record's own owner; check-ins and initiatives take their
 *   key result's cycle, a dismissal its subject's;
 * - `planning/<cycleId>`: votes, and comments (their objective's cycle);
 * - `kpis/<ownerId>`: KPIs and their check-ins, by the owner unit they carry;
 * - nowhere: a private objective and everything under it, and anything whose parent is not
 *   known here (it cannot be placed, so it stays on this machine).
 */

export interface Parents {
  /** The record's key result (check-ins, initiatives, scores; a dismissal's subject). */
  keyResult?: { cycleId: string; objectiveId: string } | undefined;
  /** The record's objective (directly or through its key result). */
  objective?: { cycleId: string; private?: boolean | undefined } | undefined;
  /** A dismissal's subject when it is a cycle. */
  cycle?: { id: string } | undefined;
}

/** The parent records `placeRecord` needs to look up first. */
export function parentIds(
  table: SyncedTable,
  row: Row,
): { keyResultId?: string; objectiveId?: string; cycleId?: string } {
  const s = (k: string) => (typeof row[k] === 'string' ? (row[k] as string) : undefined);
  switch (table) {
    case 'keyResults':
    case 'retros':
    case 'comments':
    case 'votes':
      return { objectiveId: s('objectiveId') };
    case 'checkIns':
    case 'initiatives':
    case 'scores':
      return { keyResultId: s('keyResultId') };
    case 'dismissals':
      return { keyResultId: s('subjectId'), objectiveId: s('subjectId'), cycleId: s('subjectId') };
    default:
      return {};
  }
}

/** The document name, or null when the record never leaves this machine. */
export function placeRecord(table: SyncedTable, row: Row, parents: Parents = {}): string | null {
  const str = (k: string) => (typeof row[k] === 'string' ? (row[k] as string) : null);
  const unit = (cycleId: string | null | undefined) => {
    const ownerId = str('ownerId');
    return ownerId && cycleId ? safeName({ kind: 'unit', ownerId, cycleId }) : null;
  };
  const privateParent = parents.objective?.private === true;
  switch (table) {
    case 'orgUnits':
    case 'cycles':
      return 'org';
    case 'objectives':
      return row.private === true ? null : unit(str('cycleId'));
    case 'keyResults':
    case 'scores':
      if (privateParent) return null;
      return unit(str('cycleId'));
    case 'retros':
      if (str('objectiveId') && privateParent) return null;
      return unit(str('cycleId'));
    case 'checkIns':
    case 'initiatives':
      if (privateParent || !parents.keyResult) return null;
      return unit(parents.keyResult.cycleId);
    case 'dismissals': {
      if (privateParent) return null;
      const cycleId =
        parents.objective?.cycleId ?? parents.keyResult?.cycleId ?? parents.cycle?.id ?? null;
      return unit(cycleId);
    }
    case 'votes': {
      if (privateParent) return null;
      const cycleId = str('cycleId');
      return cycleId ? safeName({ kind: 'planning', cycleId }) : null;
    }
    case 'comments':
      if (!parents.objective || privateParent) return null;
      return safeName({ kind: 'planning', cycleId: parents.objective.cycleId });
    case 'kpis':
    case 'kpiCheckIns': {
      const ownerId = str('ownerId');
      return ownerId ? safeName({ kind: 'kpis', ownerId }) : null;
    }
  }
}

/** An id that cannot be part of a document name (not one Cairn makes) keeps its record here. */
function safeName(name: DocumentName): string | null {
  try {
    return formatDocumentName(name);
  } catch {
    return null;
  }
}
