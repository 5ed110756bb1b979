import type { KrKind } from '../domain/model';
import { unitFor } from './numbers';

/**
 * How a key result reads, on every surface: the list, the check-in views, the weekly report,
 * the review (screen, PDF, Markdown) and the meeting pack. One rounding (two decimals at
 * most, no float noise) and one wording per kind, so a key result never reads differently on
 * paper than on screen.
 *
 *   increase / decrease   45 → 65 % · now 50 %
 *   stay above / below    stay above 99.9 % · now 99.95 %
 *   done or not           Done | Not done
 *   milestones            2 of 4 milestones
 */

export interface KeyResultFigures {
  kind: KrKind;
  start: number;
  target: number;
  current: number;
  unit: string;
  /** Milestones only: how many there are (`current` is how many are done). */
  milestoneCount: number;
}

/** A measured amount without float noise: 4.2, 99.95, 1200, 33.33. */
export function formatAmount(n: number): string {
  const r = Math.round(n * 100) / 100;
  // -0.001 rounds to -0: it reads as 0.
  return String(r === 0 ? 0 : r);
}

/**
 * `25 s`, `84 %`, `1 talk`, `3 talks`, or `3` when there is no unit. A counted unit agrees
 * with the amount as shown (numbers.ts decides which units are counted); the digits stay
 * plain, as on paper, so every surface reads the same.
 */
export function withUnit(n: number, unit: string): string {
  const amount = formatAmount(n);
  return unit ? `${amount} ${unitFor(Number(amount), unit)}` : amount;
}

const milestones = (done: number, count: number): string =>
  `${formatAmount(done)} of ${count} milestone${count === 1 ? '' : 's'}`;

/** What the key result aims for: `45 → 65 %`, `stay above 99.9 %`, `done or not`, `4 milestones`. */
export function keyResultAim(kr: Omit<KeyResultFigures, 'current'>): string {
  switch (kr.kind) {
    case 'increase':
    case 'decrease':
      return `${formatAmount(kr.start)} → ${withUnit(kr.target, kr.unit)}`;
    case 'stayAbove':
      return `stay above ${withUnit(kr.target, kr.unit)}`;
    case 'stayBelow':
      return `stay below ${withUnit(kr.target, kr.unit)}`;
    case 'binary':
      return 'done or not';
    case 'milestones':
      return `${kr.milestoneCount} milestone${kr.milestoneCount === 1 ? '' : 's'}`;
  }
}

/** The target alone, for a table's Target column: `65 %`, `stay above 99.9 %`, `Done`. */
export function keyResultTarget(kr: Omit<KeyResultFigures, 'current' | 'start'>): string {
  switch (kr.kind) {
    case 'increase':
    case 'decrease':
      return withUnit(kr.target, kr.unit);
    case 'binary':
      return 'Done';
    default:
      return keyResultAim({ ...kr, start: 0 });
  }
}

/** A value of this key result: `50 %`, `Done`, `Not done`, `2 of 4 milestones`. */
export function keyResultValue(
  kr: Pick<KeyResultFigures, 'kind' | 'unit' | 'milestoneCount'>,
  value: number,
): string {
  if (kr.kind === 'binary') return value >= 1 ? 'Done' : 'Not done';
  if (kr.kind === 'milestones') return milestones(value, kr.milestoneCount);
  return withUnit(value, kr.unit);
}

/** Where it stands: `now 50 %`, `Done`, `Not done`, `2 of 4 milestones`. */
export function keyResultNow(kr: KeyResultFigures): string {
  const value = keyResultValue(kr, kr.current);
  return kr.kind === 'binary' || kr.kind === 'milestones' ? value : `now ${value}`;
}

/**
 * The reading's parts: what it aims for and where it stands (`45 → 65 %`, `now 50 %`). A
 * done-or-not or milestone key result says only where it stands (`Done`, `2 of 4
 * milestones`): its aim adds nothing.
 */
export function readingParts(kr: KeyResultFigures): [string] | [string, string] {
  if (kr.kind === 'binary' || kr.kind === 'milestones') return [keyResultNow(kr)];
  return [keyResultAim(kr), keyResultNow(kr)];
}

/** The whole reading in one line: `45 → 65 % · now 50 %`, `stay below 300 ms · now 280 ms`. */
export function readKeyResult(kr: KeyResultFigures): string {
  return readingParts(kr).join(' · ');
}

/** The figures of a stored key result (milestones counted from its list). */
export function figuresOf(kr: {
  kind: KrKind;
  start: number;
  target: number;
  current: number;
  unit: string;
  milestones: readonly { done: boolean }[];
}): KeyResultFigures {
  return {
    kind: kr.kind,
    start: kr.start,
    target: kr.target,
    current: kr.kind === 'milestones' ? kr.milestones.filter((m) => m.done).length : kr.current,
    unit: kr.unit,
    milestoneCount: kr.milestones.length,
  };
}
