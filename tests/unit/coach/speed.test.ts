import { describe, expect, it } from 'vitest';
import { coachCycle } from '../../../shared/domain/coach';
import { largePlan } from './largePlan';

describe('the coach over 20,000 objectives and key results', () => {
  it('runs within 50 ms (median of 7 runs after a warm-up)', () => {
    const input = largePlan(5_000, 3);
    expect(input.objectives.length + (input.keyResults?.length ?? 0)).toBe(20_000);
    coachCycle(input);
    coachCycle(input);
    const times: number[] = [];
    let findings = 0;
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      findings = coachCycle(input).findings.length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[3]!;
    console.log(
      `coach over 20,000 objectives + key results: median ${median.toFixed(1)} ms, ${findings} findings`,
    );
    expect(findings).toBeGreaterThan(1_000);
    expect(median).toBeLessThanOrEqual(50);
  });
});
