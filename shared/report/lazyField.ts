/**
 * Report fields worked out on first read. The field is an own, enumerable property (spreading,
 * JSON and equality see it like any other) backed by one getter per field name shared by
 * every row: a getter written in an object literal is a new function per row, and thousands of
 * rows with a function each lose their common shape, which costs more than the field saves.
 */

const getters = new Map<string, { slot: symbol; get: () => unknown }>();

function getterFor(key: string): { slot: symbol; get: () => unknown } {
  let found = getters.get(key);
  if (!found) {
    const slot = Symbol(key);
    const get = function (this: Record<symbol, () => unknown>): unknown {
      const value = this[slot]!();
      this[slot] = () => value;
      return value;
    };
    getters.set(key, (found = { slot, get }));
  }
  return found;
}

/**
 * Adds `key` to `row` as a field made by `make` when first read, then kept. Add it where it
 * belongs in the row's key order: the properties set after it come after it.
 */
export function defineLazyField<V>(row: object, key: string, make: () => V): void {
  const { slot, get } = getterFor(key);
  Object.defineProperty(row, slot, { value: make, writable: true, configurable: true });
  Object.defineProperty(row, key, { get, enumerable: true, configurable: true });
}
