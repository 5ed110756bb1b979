import type { Runs } from './indexes';

/**
 * Values kept per record (each objective's key results, each key result's latest check-in),
 * read without a map by id when possible. Maps keyed by tens of thousands of ids are most of
 * what a coach run would cost: building one re-reads every id as it grows.
 *
 * Ids are unique (they are primary keys), so a record's place and its id name the same value.
 */

/**
 * Lines the runs up with the records they belong to, by id, when they come in the records'
 * order: the value of each record, `none` for records without a run. Null when they do not line
 * up (another order, a run for a record that is not there), and a map by id is needed.
 */
export function lineUp<R extends { id: string }, V>(
  records: readonly R[],
  runs: Runs<V>,
  none: V,
): V[] | null {
  const line = liner(runs, records.length, none);
  for (let i = 0; i < records.length && line.next(records[i]!.id); i++);
  return line.done();
}

/**
 * lineUp fed one record id at a time, for a pass that reads the records for more than this.
 * `next` says whether the runs may still line up.
 */
export function liner<V>(runs: Runs<V>, count: number, none: V) {
  const { keys, values } = runs;
  let lined: V[] | null = keys.length <= count ? [] : null;
  let r = 0;
  return {
    next(id: string): boolean {
      if (!lined) return false;
      if (r < keys.length && id === keys[r]) lined.push(values[r++]!);
      else if (count - lined.length > keys.length - r) lined.push(none);
      else lined = null;
      return lined !== null;
    },
    done: (): V[] | null => (lined && lined.length === count && r === keys.length ? lined : null),
  };
}

/**
 * A reader of each record's value. Read in the records' order (as a run of the coach does), a
 * cursor follows along in the lined-up values. A read further on (a rule that reads only some
 * records) or elsewhere (one objective of the cycle) moves the cursor by a scan; once scans have
 * visited about twice the records, or for a record not in the list, reads go to the map by id,
 * built the first time one is needed.
 */
export function perRecord<R extends { id: string }, V>(
  records: readonly R[],
  lined: readonly V[] | null,
  byId: () => ReadonlyMap<string, V>,
  none: V,
): (record: R) => V {
  let at = 0;
  let budget = 2 * records.length + 64;
  let map: ReadonlyMap<string, V> | undefined;
  return (record) => {
    if (lined) {
      if (records[at] === record) return lined[at] as V;
      if (records[at + 1] === record) return lined[++at] as V;
      if (budget > 0) {
        let found = records.indexOf(record, at + 2);
        budget -= found < 0 ? records.length - at : found - at;
        if (found < 0 && budget > 0) {
          found = records.indexOf(record);
          budget -= found < 0 ? records.length : found + 1;
        }
        if (found >= 0) return lined[(at = found)] as V;
      }
    }
    map ??= byId();
    const value = map.get(record.id);
    return value === undefined ? none : value;
  };
}

/** A value made the first time it is asked for. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
