import type { KeyResult, Milestone } from './model';

export type ProgressInput = Pick<KeyResult, 'kind' | 'start' | 'target' | 'current'> & {
  milestones?: readonly Pick<Milestone, 'done'>[];
};

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * Progress of a key result, 0–1, per kind. Increase and decrease share one formula:
 * the share of the distance from start to target covered so far, clamped.
 */
export function keyResultProgress(kr: ProgressInput): number {
  switch (kr.kind) {
    case 'increase':
    case 'decrease':
      if (kr.target === kr.start) return kr.current === kr.target ? 1 : 0;
      return clamp01((kr.current - kr.start) / (kr.target - kr.start));
    case 'stayAbove':
      return kr.current >= kr.target ? 1 : 0;
    case 'stayBelow':
      return kr.current <= kr.target ? 1 : 0;
    case 'binary':
      return kr.current >= 1 ? 1 : 0;
    case 'milestones': {
      const ms = kr.milestones ?? [];
      if (ms.length === 0) return 0;
      return ms.filter((m) => m.done).length / ms.length;
    }
  }
}

/** Objective progress: the weighted mean of its key results (plain mean if all weights are 0). */
export function objectiveProgress(
  krs: readonly (ProgressInput & Pick<KeyResult, 'weight'>)[],
): number {
  if (krs.length === 0) return 0;
  const total = krs.reduce((s, k) => s + Math.max(0, k.weight), 0);
  if (total === 0) return krs.reduce((s, k) => s + keyResultProgress(k), 0) / krs.length;
  return krs.reduce((s, k) => s + keyResultProgress(k) * Math.max(0, k.weight), 0) / total;
}

export const formatPercent = (x: number): string => `${Math.round(clamp01(x) * 100)} %`;
