import type { Rule } from '../rule';
import type { SubjectKind } from '../types';
import {
  keyResultDeadline,
  objectiveNumbers,
  objectiveTaskLike,
  objectiveTooLong,
  objectiveVague,
} from './wording';
import {
  duplicateKeyResults,
  keyResultPlaceholder,
  keyResultQuestion,
  keyResultRestatesObjective,
  keyResultSeveral,
  keyResultTaskLike,
  keyResultUnmeasurable,
} from './keyResultWording';
import { noPriority, tooFewKeyResults, tooManyKeyResults, tooManyObjectives } from './focus';
import { onlyLagging, onlyLeading, weightsUnbalanced } from './shape';
import { cycleWithoutDates, dueAfterCycle } from './time';
import {
  alignedSideways,
  alignedToClosedCycle,
  alignedToMissing,
  alignedToObjective,
  keyResultNoOwner,
  noOwner,
  notAligned,
} from './ownership';
import { notCheckedIn, notReviewed, shortTermOnly, tooEasy } from './evaluation';
import { allCommitted, calibration, emptyCycle, noCheckInCadence } from './cycle';

export const OBJECTIVE_RULES: readonly Rule<'objective'>[] = [
  objectiveVague,
  objectiveTaskLike,
  objectiveNumbers,
  objectiveTooLong,
  noOwner,
  notAligned,
  alignedToMissing,
  alignedToClosedCycle,
  alignedSideways,
  alignedToObjective,
  tooFewKeyResults,
  tooManyKeyResults,
  weightsUnbalanced,
  onlyLeading,
  onlyLagging,
  tooManyObjectives,
  noPriority,
  tooEasy,
  notReviewed,
];

export const KEY_RESULT_RULES: readonly Rule<'keyResult'>[] = [
  keyResultUnmeasurable,
  keyResultTaskLike,
  keyResultPlaceholder,
  keyResultQuestion,
  keyResultDeadline,
  keyResultSeveral,
  keyResultRestatesObjective,
  duplicateKeyResults,
  dueAfterCycle,
  keyResultNoOwner,
  notCheckedIn,
];

export const CYCLE_RULES: readonly Rule<'cycle'>[] = [
  cycleWithoutDates,
  shortTermOnly,
  noCheckInCadence,
  allCommitted,
  calibration,
  emptyCycle,
];

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
  'objective-task-like',
  'objective-numbers',
  'objective-too-long',
  'kr-unmeasurable',
  'kr-task-like',
  'kr-placeholder',
  'kr-question',
  'kr-deadline-in-title',
  'kr-several-results',
] as const;

/** Rules a card can run from one objective and its own key results (no cycle, no org). */
export const CARD_RULE_IDS = [
  ...TITLE_RULE_IDS,
  'too-few-key-results',
  'too-many-key-results',
  'weights-unbalanced',
  'only-leading-results',
  'only-lagging-results',
  'kr-restates-objective',
  'duplicate-key-results',
];

/**
 * Which label of a coach's vocabulary (see the labelled OKR sets) each title rule stands for:
 * what `npm run coach:eval` compares with a coach's judgement.
 */
export const LABEL_OF_RULE: Readonly<Record<string, string>> = {
  'objective-vague': 'vague',
  'objective-task-like': 'task_like',
  'objective-numbers': 'has_numbers',
  'kr-task-like': 'task_like',
  'kr-unmeasurable': 'unmeasurable',
  'kr-placeholder': 'unmeasurable',
  'kr-question': 'unmeasurable',
  'kr-deadline-in-title': 'has_deadline',
};
