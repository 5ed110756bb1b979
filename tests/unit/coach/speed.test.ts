import { describe, expect, it } from 'vitest';
import { coachCycle, type CoachInput } from '../../../shared/domain/coach';
import { largePlan } from './largePlan';

/**
 * Best and median of 9 timed runs after 5 warm-up runs (so the JIT has compiled the rules).
 * The best run is what the code costs; the median also carries whatever else the machine
 * was doing, which on a shared 2-core machine can be most of it. Both are printed.
 */
function measure(input: CoachInput): { best: number; median: number; findings: number } {
  for (let i = 0; i < 5; i++) coachCycle(input);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    findings = coachCycle(input).findings.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { best: times[0]!, median: times[4]!, findings };
}

describe('the coach over 20,000 objectives and key results', () => {
  it('runs within 50 ms on a realistic plan', () => {
    const input = largePlan(5_000, 3);
    expect(input.objectives.length + (input.keyResults?.length ?? 0)).toBe(20_000);
    const { best, median, findings } = measure(input);
    console.log(
      `coach over 20,000 objectives + key results: best ${best.toFixed(1)} ms, median ${median.toFixed(1)} ms, ${findings} findings`,
    );
    expect(findings).toBeGreaterThan(2_000);
    expect(best).toBeLessThanOrEqual(50);
  });

  it('stays linear when nearly every subject has a finding', () => {
    const { best, median, findings } = measure(largePlan(5_000, 3, true));
    console.log(
      `troubled plan: best ${best.toFixed(1)} ms, median ${median.toFixed(1)} ms, ${findings} findings`,
    );
    expect(findings).toBeGreaterThan(15_000);
    expect(best).toBeLessThanOrEqual(150);
  });
});
