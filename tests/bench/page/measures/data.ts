import { generateCycleOf, currentCycleKey, type CycleRecords, type Org } from '../../gen/workspace';

/**
 * Generated inputs for the measures that time pure functions, made once per page and kept:
 * generating M takes seconds, and that is not what a measure times.
 */

export interface Dataset {
  org: Org;
  records: CycleRecords;
}

const cache = new Map<string, Dataset>();

function cached(key: string, make: () => Dataset): Dataset {
  let d = cache.get(key);
  if (!d) cache.set(key, (d = make()));
  return d;
}

/** M: 5,000 objectives, 15,000 key results and 100,000 check-ins in one quarter. */
export const mediumWorkspace = (): Dataset =>
  cached('M', () => generateCycleOf('M', currentCycleKey('M')));

/** The current quarter of L: 3,000 objectives, ~10,500 key results. */
export const largeCurrentCycle = (): Dataset =>
  cached('L-current', () => generateCycleOf('L', currentCycleKey('L')));

/** The first quarter of L: 2,000 objectives. */
export const largeFirstCycle = (): Dataset =>
  cached('L-first', () => generateCycleOf('L', '2024-Q1'));
