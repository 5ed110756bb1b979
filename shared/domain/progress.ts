import type { KeyResult, KrKind, Milestone } from './model';

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

export const STATUSES = ['onTrack', 'atRisk', 'offTrack'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, string> = {
  onTrack: 'On track',
  atRisk: 'At risk',
  offTrack: 'Off track',
};

/** Kinds whose progress is a state held over time rather than a distance covered. */
export const isHoldKind = (kind: KrKind): boolean => kind === 'stayAbove' || kind === 'stayBelow';

/**
 * Status from progress against the share of the cycle elapsed: on track within 10 points
 * of the expected progress, at risk within 25, off track beyond that.
 */
export function progressStatus(progress: number, elapsed: number): Status {
  const gap = clamp01(elapsed) - clamp01(progress);
  if (gap <= 0.1) return 'onTrack';
  if (gap <= 0.25) return 'atRisk';
  return 'offTrack';
}

export function keyResultStatus(kr: ProgressInput, elapsed: number): Status {
  if (isHoldKind(kr.kind)) return keyResultProgress(kr) === 1 ? 'onTrack' : 'offTrack';
  return progressStatus(keyResultProgress(kr), elapsed);
}

export const formatPercent = (x: number): string => `${Math.round(clamp01(x) * 100)} %`;
