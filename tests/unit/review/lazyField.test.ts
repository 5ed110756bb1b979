import { describe, expect, it } from 'vitest';
import { defineLazyField } from '../../../shared/report/lazyField';

describe('defineLazyField', () => {
  const rowWith = (make: () => number[]) => {
    const row = { id: 'k1' } as { id: string; series: number[]; after: string };
    defineLazyField(row, 'series', make);
    row.after = 'x';
    return row;
  };

  it('makes the value on first read only, then keeps it', () => {
    let made = 0;
    const row = rowWith(() => [++made]);
    expect(made).toBe(0);
    expect(row.series).toEqual([1]);
    expect(row.series).toBe(row.series);
    expect(made).toBe(1);
  });

  it('reads like a plain field: in key order, in JSON, spread and equality', () => {
    const row = rowWith(() => [1, 2]);
    expect(Object.keys(row)).toEqual(['id', 'series', 'after']);
    expect(JSON.stringify(row)).toBe('{"id":"k1","series":[1,2],"after":"x"}');
    expect({ ...row }).toEqual({ id: 'k1', series: [1, 2], after: 'x' });
  });
});
