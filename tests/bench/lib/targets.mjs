// A measure's targets, as lib/stats.mjs judges them: unit 'x' is the ratio to the baseline.

/** The median must be at most `value` (`unit`: 'ms', 'MiB', or 'x' of the baseline). */
export const atMost = (value, unit = 'ms') => ({ op: '<=', value, unit });

/** The median must be at least `value` (`unit`: 'rows/s', or 'x' of the baseline). */
export const atLeast = (value, unit) => ({ op: '>=', value, unit });
