import { baseOf, classOf, isVerb } from './verbs';
import type { Term } from './reading';

/**
 * Work stated as done: a participle of a verb that names work ("nodes are provisioned",
 * "we've documented"), and counts of the things made ("4 new nodes are provisioned"). The title
 * reader asks these two questions; the answers need the terms' tags around the verb.
 */

export const PEOPLE =
  /^(?:members?|people|users?|customers?|contributors?|developers?|engineers?|employees?|partners?|students?|attendees?|participants?|registrations?|subscribers?|organi[sz]ations?|companies|teams?|leaders?|managers?|directors?|maintainers?|clients?|accounts?|logos?)$/;

export const STATE_WORDS =
  /(?<![\p{L}])(?:in place|available|enabled|live|on trunk|in production|operational|operationali[sz]ed|complete|completed|met|using|have access|has access|write access)(?![\p{L}])/iu;

/**
 * A participle of a verb that names work ("provisioned", "documented", "merged"): a thing made
 * or done inside the team, stated as a state. A state the world sees ("enabled", "available")
 * or a change ("reached", "improved") is not.
 */
export function workDone(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  if (!t) return false;
  const copula = terms[i - 1]?.tags.has('Copula') === true;
  // The tagger reads "is defined" as a copula and an adjective: still a passive.
  const passiveAdjective = copula && t.tags.has('Adjective') && /ed$/.test(t.word);
  if (
    !passiveAdjective &&
    (!(t.tags.has('PastTense') || t.tags.has('Participle')) || !t.tags.has('Verb'))
  )
    return false;
  if (STATE_WORDS.test(t.word) || classOf(baseOf(t.word)) !== 'work') return false;
  const next = terms[i + 1];
  // "adopted by customers": the people who act make it an outcome, not our output.
  if (next?.word === 'by') return false;
  // Passive or perfect ("is provisioned", "we've documented"), or a report that opens with the
  // verb and names what was made ("Refactored the constructor"); not "Used in production", nor
  // a participle that only describes a noun ("Churned accounts").
  if (i === 0)
    return (
      !!next &&
      (next.tags.has('Determiner') ||
        next.tags.has('Value') ||
        next.tags.has('Possessive') ||
        (terms.length >= 3 && !next.tags.has('Plural') && !next.tags.has('Preposition')))
    );
  // Only as the main verb: "access to a tool that we've selected" is not the result.
  if (terms.slice(0, i - 1).some(isVerb)) return false;
  return /^(?:is|are|was|were|be|been|being|have|has)$|[’']ve$/.test(terms[i - 1]!.word);
}

/**
 * "4 new bootstrap nodes are provisioned": the number counts the things made, before the verb,
 * and none of them is people ("4 members have merged …" counts who acts).
 */
export function countedThings(terms: readonly Term[], verbAt: number): boolean {
  const first = terms[0];
  if (!first?.tags.has('Value') || /%/.test(first.text)) return false;
  const subject = terms.slice(1, verbAt - 1);
  return (
    subject.length > 0 &&
    subject.every((t) => !t.tags.has('Preposition') && !t.tags.has('Actor') && !PEOPLE.test(t.word))
  );
}
