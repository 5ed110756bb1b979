import { describe, expect, it } from 'vitest';
import { interleave, type Sample } from '../../bench/lib/interleave.mjs';
import { workspaceMeasure } from '../../bench/lib/workspaceMeasure.mjs';

/** A side that records each call in `log` and returns the next of its figures. */
function side(name: string, log: string[], figures: number[]) {
  let n = 0;
  return async ({ warmUp }: { warmUp: boolean }): Promise<Sample> => {
    log.push(`${name}${warmUp ? ' (warm-up)' : ''}`);
    return { value: figures[n++]!, note: `${name} ${n}` };
  };
}

describe('interleave', () => {
  it('alternates Cairn and its baseline after a warm-up of each, and leaves the warm-up out', async () => {
    const log: string[] = [];
    const out = await interleave(2, {
      subject: side('subject', log, [900, 10, 12]),
      baseline: side('baseline', log, [800, 5, 6]),
    });
    expect(log).toEqual([
      'subject (warm-up)',
      'baseline (warm-up)',
      'baseline',
      'subject',
      'subject',
      'baseline',
    ]);
    expect(out).toEqual({
      subject: [10, 12],
      baseline: [5, 6],
      notes: ['subject 3', 'baseline: baseline 3'],
    });
  });

  it('stops at the first side whose code is missing, and says what is missing', async () => {
    const log: string[] = [];
    const out = await interleave(3, {
      subject: async () => ({ missing: 'shared/domain/coach missing' }),
      baseline: side('baseline', log, [1, 2, 3, 4]),
    });
    expect(out).toEqual({ missing: 'shared/domain/coach missing' });
    expect(log).toEqual([]);
  });
});

describe('workspaceMeasure', () => {
  const ctx = (runs: number, opened: string[]) => ({
    runs,
    workspace: async (size: string) => (opened.push(size), `context of ${size}`),
  });
  const measure = (size: string, extra: object = {}) =>
    workspaceMeasure({
      size,
      id: 'list',
      title: 'objective list of a 2,000-objective cycle',
      unit: 'ms',
      ...extra,
      sides: (_ctx, context) => ({
        subject: async () => ({ value: 2, note: String(context) }),
        baseline: async () => ({ value: 1 }),
      }),
    });

  it("names a measure of M after L's, with the size, and runs it in M's run only", () => {
    expect(measure('L')).toMatchObject({ id: 'list', runIn: ['L'], unit: 'ms' });
    expect(measure('M')).toMatchObject({
      id: 'listM',
      title: 'objective list of a 2,000-objective cycle (M)',
      runIn: ['M'],
    });
    expect(measure('M', { runIn: ['L', 'M'] })).toMatchObject({ id: 'list', runIn: ['L', 'M'] });
  });

  it("times both sides in its own workspace, at most the measure's runs", async () => {
    const opened: string[] = [];
    const out = await measure('M', { runs: 3, warmup: 0 }).run(ctx(5, opened));
    expect(opened).toEqual(['M']);
    expect(out).toEqual({ subject: [2, 2, 2], baseline: [1, 1, 1], notes: ['context of M'] });
  });
});
