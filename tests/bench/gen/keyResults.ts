import type { CheckIn, KeyResult, KrKind, Milestone } from '../../../shared/domain/model';
import type { Rng } from './prng';
import { BINARY_TITLES, BLOCKERS, KR_METRICS, MILESTONE_TITLES, NOTES } from './words';

/** Share of key results of each kind, roughly what teams write. */
const KIND_WEIGHTS: [KrKind, number][] = [
  ['increase', 0.5],
  ['decrease', 0.15],
  ['stayAbove', 0.08],
  ['stayBelow', 0.07],
  ['binary', 0.1],
  ['milestones', 0.1],
];

function pickKind(r: Rng): KrKind {
  let x = r.next();
  for (const [kind, w] of KIND_WEIGHTS) {
    if ((x -= w) < 0) return kind;
  }
  return 'increase';
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

export interface KrDraft {
  kr: Omit<KeyResult, 'current' | 'confidence' | 'milestones'>;
  milestoneTitles: string[];
}

/** A key result's definition: kind, title, start and target; its history comes later. */
export function draftKeyResult(
  r: Rng,
  newId: () => string,
  base: Pick<KeyResult, 'objectiveId' | 'cycleId' | 'ownerId' | 'dueDate' | 'rank' | 'createdAt'>,
): KrDraft {
  const kind = pickKind(r);
  const m = r.pick(KR_METRICS);
  const span = m.high - m.low;
  let start = 0;
  let target = 1;
  let title: string;
  let milestoneTitles: string[] = [];
  if (kind === 'increase' || kind === 'decrease') {
    const lo = Math.round(m.low + span * r.next() * 0.5);
    const hi = lo + Math.max(1, Math.round(span * (0.1 + r.next() * 0.4)));
    [start, target] = kind === 'increase' ? [lo, hi] : [hi, lo];
    title = `${kind === 'increase' ? 'Increase' : 'Reduce'} ${m.title} from ${start} to ${target} ${m.unit}`;
  } else if (kind === 'stayAbove' || kind === 'stayBelow') {
    target = Math.round(m.low + span * (0.3 + r.next() * 0.4));
    start = target;
    title = `Keep ${m.title} ${kind === 'stayAbove' ? 'above' : 'below'} ${target} ${m.unit}`;
  } else if (kind === 'binary') {
    title = r.pick(BINARY_TITLES);
  } else {
    milestoneTitles = MILESTONE_TITLES.slice(0, r.int(3, 5));
    target = milestoneTitles.length;
    title = `Roll out the ${m.title} plan in ${target} steps`;
  }
  const unit = kind === 'binary' ? '' : kind === 'milestones' ? 'steps' : m.unit;
  return {
    kr: {
      ...base,
      id: newId(),
      updatedAt: base.createdAt,
      title,
      kind,
      start,
      target,
      unit,
      weight: r.int(1, 3),
    },
    milestoneTitles,
  };
}

export interface History {
  /** Dates (yyyy-MM-dd) of the weekly check-ins, in order. */
  dates: string[];
  /** Share of the target the key result ends at, 0–1.2. */
  finalShare: number;
  /** Progress of time at the last date, 0–1 (1 for a closed cycle). */
  elapsed: number;
}

/** The key result with its check-in history; `current` and `confidence` follow the last one. */
export function historyOf(
  r: Rng,
  newId: () => string,
  draft: KrDraft,
  h: History,
): { kr: KeyResult; checkIns: CheckIn[] } {
  const { kr } = draft;
  const checkIns: CheckIn[] = [];
  const curve = 0.8 + r.next() * 0.4;
  const n = h.dates.length;
  let value = kr.start;
  let confidence: number | null = null;
  for (let i = 0; i < n; i++) {
    const at = h.dates[i]!;
    const share = Math.max(
      0,
      h.finalShare * h.elapsed * Math.pow((i + 1) / n, curve) + (r.next() - 0.5) * 0.06,
    );
    value = valueAt(kr.kind, kr.start, kr.target, share, r);
    confidence = Math.max(0, Math.min(10, Math.round(4 + h.finalShare * 5 + (r.next() - 0.5) * 3)));
    checkIns.push({
      id: newId(),
      keyResultId: kr.id,
      ownerId: kr.ownerId,
      at,
      value,
      confidence,
      note: r.chance(0.25) ? r.pick(NOTES) : '',
      blockers: r.chance(0.06) ? r.pick(BLOCKERS) : '',
      createdAt: `${at}T10:00:00.000Z`,
    });
  }
  const milestones: Milestone[] = draft.milestoneTitles.map((title, i) => ({
    id: `${kr.id}-m${i + 1}`,
    title,
    done: i < value,
  }));
  return { kr: { ...kr, current: value, confidence, milestones }, checkIns };
}

function valueAt(kind: KrKind, start: number, target: number, share: number, r: Rng): number {
  switch (kind) {
    case 'increase':
    case 'decrease':
      return round1(start + (target - start) * share);
    case 'stayAbove':
      return round1(target * (1 + (share - 0.7 + (r.next() - 0.5) * 0.2) * 0.1));
    case 'stayBelow':
      return round1(target * (1 - (share - 0.7 + (r.next() - 0.5) * 0.2) * 0.1));
    case 'binary':
      return share >= 0.95 ? 1 : 0;
    case 'milestones':
      return Math.min(target, Math.floor(share * target + 1e-9));
  }
}
