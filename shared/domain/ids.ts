/**
 * Record ids: UUID version 7 (RFC 9562) — 48 bits of Unix time in milliseconds, then random
 * bits. An id made later sorts after one made earlier, as text too, so rows made together are
 * stored together: IndexedDB (LevelDB under Chromium) appends them to the end of a table and
 * of the indexes that name them, where random ids (version 4) land all over the key range and
 * the database rewrites more of itself the larger it grows — writing 600,000 check-ins with
 * random ids slowed to a fifth of the speed of ordered ones here (docs/benchmarks.md).
 * Ids still carry 74 random bits, so two people making records offline never collide.
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Bytes needed from the random source for one id. */
export const ID_RANDOM_BYTES = 10;

/**
 * The id for a moment `ms` (a Unix time in milliseconds, 0 ≤ ms < 2^48) from 10 random bytes:
 * the first 12 bits of them fill `rand_a`, the rest `rand_b` after the variant.
 */
export function uuidV7(ms: number, random: ArrayLike<number>): string {
  if (!Number.isInteger(ms) || ms < 0 || ms >= 2 ** 48)
    throw new RangeError(`uuidV7: time ${ms} is not a whole number of ms in 0 … 2^48`);
  if (random.length < ID_RANDOM_BYTES)
    throw new RangeError(`uuidV7: needs ${ID_RANDOM_BYTES} random bytes, got ${random.length}`);
  const b = new Array<number>(16);
  // 48-bit big-endian time: the high 16 bits by division (bit operators are 32-bit).
  const high = Math.floor(ms / 2 ** 32);
  const low = ms >>> 0;
  b[0] = (high >>> 8) & 255;
  b[1] = high & 255;
  b[2] = low >>> 24;
  b[3] = (low >>> 16) & 255;
  b[4] = (low >>> 8) & 255;
  b[5] = low & 255;
  b[6] = 0x70 | (random[0]! & 0x0f);
  b[7] = random[1]! & 255;
  b[8] = 0x80 | (random[2]! & 0x3f);
  for (let i = 9; i < 16; i++) b[i] = random[i - 6]! & 255;
  const h = b.map((x) => HEX[x]!);
  return (
    h.slice(0, 4).join('') +
    '-' +
    h.slice(4, 6).join('') +
    '-' +
    h.slice(6, 8).join('') +
    '-' +
    h.slice(8, 10).join('') +
    '-' +
    h.slice(10).join('')
  );
}

/**
 * An id maker that never goes backwards: when the clock has not moved on since the last id (a
 * burst of records in one millisecond) or has stepped back (the system clock was corrected),
 * the next id takes the last one's moment plus one millisecond, so ids keep the order they
 * were made in. RFC 9562 allows a generator to adjust the time like this for monotonicity.
 */
export function idMaker(
  now: () => number,
  randomBytes: (n: number) => ArrayLike<number>,
): () => string {
  let last = -1;
  return () => {
    const t = Math.floor(now());
    last = t > last ? t : last + 1;
    return uuidV7(last, randomBytes(ID_RANDOM_BYTES));
  };
}
