import { describe, expect, it } from 'vitest';
import { idMaker, uuidV7 } from '@shared/domain/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A repeatable byte source, so a failing case can be read again. */
function bytes(seed: number): (n: number) => number[] {
  let s = seed;
  return (n) =>
    Array.from({ length: n }, () => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return s >>> 24;
    });
}

describe('uuidV7', () => {
  it('is a version 7 UUID whose first 48 bits are the moment it names', () => {
    const ms = Date.parse('2026-12-05T20:30:00.123Z');
    const id = uuidV7(ms, bytes(1)(10));
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
  });

  it('sorts as text in the order of its moments, whatever the random bits', () => {
    const next = bytes(7);
    const moments = [0, 1, 255, 256, 2 ** 32 - 1, 2 ** 32, Date.parse('2030-01-01'), 2 ** 48 - 1];
    const ids = moments.map((ms) => uuidV7(ms, next(10)));
    expect([...ids].sort()).toEqual(ids);
  });

  it('refuses a moment outside 48 bits and too few random bytes, naming what is wrong', () => {
    expect(() => uuidV7(-1, bytes(1)(10))).toThrow(/time -1/);
    expect(() => uuidV7(2 ** 48, bytes(1)(10))).toThrow(/time/);
    expect(() => uuidV7(5, [1, 2, 3])).toThrow(/10 random bytes, got 3/);
  });
});

describe('idMaker', () => {
  it('makes ids in the order it is asked, even many in one millisecond', () => {
    const make = idMaker(() => 1_700_000_000_000, bytes(3));
    const ids = Array.from({ length: 5_000 }, make);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });

  it('never goes backwards when the clock is set back', () => {
    let now = 1_800_000_000_000;
    const make = idMaker(() => now, bytes(4));
    const before = make();
    now -= 3_600_000;
    const after = make();
    expect(after > before).toBe(true);
  });

  it('follows the clock again once it passes the last id', () => {
    let now = 1_000;
    const make = idMaker(() => now, bytes(5));
    make();
    make();
    now = 50_000;
    const id = make();
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(50_000);
  });
});
