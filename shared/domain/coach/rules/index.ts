import type { Rule } from '../rule';
import type { SubjectKind } from '../types';
import {
  keyResultTaskLike,
  keyResultUnmeasurable,
  objectiveNumbers,
  objectiveVague,
} from './wording';
import { noPriority, tooFewKeyResults, tooManyKeyResults, tooManyObjectives } from './focus';
import { cycleWithoutDates, dueAfterCycle } from './time';
import { keyResultNoOwner, noOwner, notAligned } from './ownership';
import { notCheckedIn, notReviewed, shortTermOnly, tooEasy } from './evaluation';

export const OBJECTIVE_RULES: readonly Rule<'objective'>[] = [
  objectiveVague,
  objectiveNumbers,
  noOwner,
  notAligned,
  tooFewKeyResults,
  tooManyKeyResults,
  tooManyObjectives,
  noPriority,
  tooEasy,
  notReviewed,
];

export const KEY_RESULT_RULES: readonly Rule<'keyResult'>[] = [
  keyResultUnmeasurable,
  keyResultTaskLike,
  dueAfterCycle,
  keyResultNoOwner,
  notCheckedIn,
];

export const CYCLE_RULES: readonly Rule<'cycle'>[] = [cycleWithoutDates, shortTermOnly];

export const ALL_RULES: readonly Rule<SubjectKind>[] = [
  ...OBJECTIVE_RULES,
  ...KEY_RESULT_RULES,
  ...CYCLE_RULES,
] as readonly Rule<SubjectKind>[];

export const RULES_BY_ID: ReadonlyMap<string, Rule<SubjectKind>> = new Map(
  ALL_RULES.map((r) => [r.id, r]),
);

/** Rules that only read a title: cheap enough to run on every keystroke. */
export const TITLE_RULE_IDS = [
  'objective-vague',
  'objective-numbers',
  'kr-unmeasurable',
  'kr-task-like',
] as const;
