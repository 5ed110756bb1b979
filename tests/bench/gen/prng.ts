import { idMaker } from '../../../shared/domain/ids';

/**
 * A small seeded PRNG (sfc32) with streams named by strings, so any part of a workspace (one
 * cycle, the org) can be generated on its own and always comes out the same. No Math.random.
 */

/** 32-bit FNV-1a hash of a string, mixed into four seed words. */
function seedWords(name: string): [number, number, number, number] {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
    h ^= h >>> 15;
    words.push(h >>> 0);
  }
  return words as [number, number, number, number];
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  /** A random (version 4 shaped) UUID. */
  uuid(): string;
  /** Fisher–Yates shuffle of a copy. */
  shuffle<T>(list: readonly T[]): T[];
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function rng(name: string): Rng {
  let [a, b, c, d] = seedWords(name);
  const u32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up so that similar names do not give similar first numbers.
  for (let i = 0; i < 12; i++) u32();
  const next = (): number => u32() / 4294967296;
  const word = (w: number): string =>
    HEX[w >>> 24]! + HEX[(w >>> 16) & 255]! + HEX[(w >>> 8) & 255]! + HEX[w & 255]!;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
    chance: (p) => next() < p,
    uuid: () => {
      const w1 = word(u32());
      const w2 = word(u32());
      const w3 = word(u32());
      const w4 = word(u32());
      const variant = '89ab'[u32() & 3]!;
      return `${w1}-${w2.slice(0, 4)}-4${w2.slice(5)}-${variant}${w3.slice(1, 4)}-${w3.slice(4)}${w4}`;
    },
    shuffle: (list) => {
      const out = list.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/**
 * Ids in the order they are asked for, as the app makes them (time-ordered UUID version 7,
 * shared/domain/ids.ts), one millisecond apart from `fromMs`, random bits from `r`. Generated
 * rows are written in the order they are made, so each table and the indexes that follow
 * generation order (a key result's check-ins, an objective's key results) are appended to
 * rather than written across their whole key range: that kept the L seed's speed from
 * falling as the database grew.
 */
export function orderedIds(r: Rng, fromMs: number): () => string {
  let clock = fromMs;
  return idMaker(
    () => clock++,
    (n) => Array.from({ length: n }, () => Math.floor(r.next() * 256)),
  );
}
