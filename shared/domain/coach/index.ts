export * from './types';
export { PRINCIPLES, principleLabel } from './principles';
export {
  coachCycle,
  coachCycleSteps,
  runCoach,
  coachObjective,
  coachKeyResult,
  coachObjectiveInCycle,
  coachObjectiveCard,
  type CoachReport,
  type LiveScope,
} from './engine';
export { planHealth, healthBand, type HealthBand } from './health';
export {
  ALL_RULES,
  RULES_BY_ID,
  OBJECTIVE_RULES,
  KEY_RESULT_RULES,
  CYCLE_RULES,
  TITLE_RULE_IDS,
  LABEL_OF_RULE,
  CARD_RULE_IDS,
} from './rules';
export type { Rule } from './rule';
export { MAX_OBJECTIVES, MAX_KEY_RESULTS, MIN_KEY_RESULTS } from './rules/focus';
export { readTitle, unreadTitles, type TitleReading } from './language/reading';
export { statedDeadline, type StatedDeadline } from './language/deadline';
export { languageLoaded, loadLanguage, whenLanguageLoaded } from './language/model';
export { STALE_DAYS } from './rules/evaluation';
