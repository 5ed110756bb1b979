import type { CoachContext } from './context';
import type {
  CoachCycle,
  CoachKeyResult,
  CoachObjective,
  Issue,
  Principle,
  Severity,
  SubjectKind,
} from './types';

type SubjectOf<K extends SubjectKind> = K extends 'objective'
  ? CoachObjective
  : K extends 'keyResult'
    ? CoachKeyResult
    : CoachCycle;

/**
 * One coach rule: pure, reads only its subject and the run's indexes, returns an issue or null.
 * It must not throw on partial data; what is missing is either reported or passed over.
 */
export interface Rule<K extends SubjectKind = SubjectKind> {
  id: string;
  /** The short name the coach panel groups findings under. */
  name: string;
  severity: Severity;
  appliesTo: K;
  principle: Principle;
  check(subject: SubjectOf<K>, ctx: CoachContext): Issue | null;
}

export const defineRule = <K extends SubjectKind>(rule: Rule<K>): Rule<K> => rule;
