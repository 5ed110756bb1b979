import type { Finding, Severity } from './types';

/** How much one finding takes from its objective's health (1 = healthy). */
const OBJECTIVE_WEIGHT: Record<Severity, number> = { error: 0.5, warning: 0.2, info: 0.05 };
/** Points a finding about the whole cycle takes from the score. */
const CYCLE_POINTS: Record<Severity, number> = { error: 15, warning: 6, info: 2 };

/**
 * A cycle's plan health, 0–100: the mean health of its objectives (each loses a share per open
 * finding on it or its key results, by severity), less points for findings about the cycle itself.
 * An empty plan with nothing wrong scores 100; one objective riddled with errors scores 0.
 */
export function planHealth(findings: readonly Finding[], objectiveIds: readonly string[]): number {
  const loss = new Map<string, number>();
  let cyclePoints = 0;
  for (const f of findings) {
    if (f.objectiveId === null) cyclePoints += CYCLE_POINTS[f.severity];
    else loss.set(f.objectiveId, (loss.get(f.objectiveId) ?? 0) + OBJECTIVE_WEIGHT[f.severity]);
  }
  let sum = 0;
  for (const id of objectiveIds) sum += Math.max(0, 1 - (loss.get(id) ?? 0));
  return score(sum, objectiveIds.length, cyclePoints);
}

function score(sum: number, count: number, cyclePoints: number): number {
  const mean = count ? sum / count : 1;
  return Math.round(Math.min(100, Math.max(0, mean * 100 - cyclePoints)));
}

export type HealthBand = 'good' | 'fair' | 'poor';
export const healthBand = (score: number): HealthBand =>
  score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
