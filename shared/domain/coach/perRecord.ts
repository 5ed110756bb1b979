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
  const { keys, values } = runs;
  if (keys.length > records.length) return null;
  const lined: V[] = [];
  let r = 0;
  for (let i = 0; i < records.length; i++) {
    if (r < keys.length && records[i]!.id === keys[r]) lined.push(values[r++]!);
    else if (records.length - i > keys.length - r) lined.push(none);
    else return null;
  }
  return r === keys.length ? lined : null;
}

/**
 * A reader of each record's value. Read in the records' order (as a run of the coach does), a
 * cursor follows along in the lined-up values; any other read goes to the map by id, built the
 * first time one is needed.
 */
export function perRecord<R extends { id: string }, V>(
  records: readonly R[],
  lined: readonly V[] | null,
  byId: () => ReadonlyMap<string, V>,
  none: V,
): (record: R) => V {
  let at = 0;
  let map: ReadonlyMap<string, V> | undefined;
  return (record) => {
    if (lined) {
      if (records[at] === record) return lined[at] as V;
      if (records[at + 1] === record) return lined[++at] as V;
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
