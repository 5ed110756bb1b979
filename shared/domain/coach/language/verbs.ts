import { nlp } from './model';
import { CHANGE_VERBS, EFFORT_VERBS, FUZZY_VERBS, HIRING_VERBS } from './lexicon';
import type { Term, VerbClass } from './reading';

/**
 * Finding the verb a title gives as an order: past adverbs and a leading "For each X,", the word
 * the tagger calls a noun but that opens the title as a verb ("Triage all …"), and what kind of
 * verb it is (a change, a fuzzy direction, an effort, hiring, or work).
 */

const ADVERB_LEAD = /^(?:Adverb|Negative)$/;

/** "Iteratively re-architect": skip adverbs (and "For each X,") to the verb that gives the order. */
export function leadIndex(terms: readonly Term[]): number {
  let i = 0;
  // "We fix the sync errors": the team as subject, then the order it gives itself.
  if (
    /^we(?:[’']ll)?$/.test(terms[0]?.word ?? '') &&
    terms[1]?.tags.has('Infinitive') &&
    !/^(?:have|be)$/.test(terms[1].word)
  )
    i = 1;
  if (terms[0]?.word === 'for' || terms[0]?.word === 'in') {
    const comma = terms.findIndex((t) => /,$/.test(t.text));
    if (comma >= 0 && comma < 8) i = comma + 1;
  }
  while (
    i < terms.length &&
    [...terms[i]!.tags].some((t) => ADVERB_LEAD.test(t)) &&
    !terms[i]!.tags.has('Verb')
  )
    i++;
  return i;
}

export const isVerb = (t: Term): boolean =>
  t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary') && !t.tags.has('Modal');

export function classOf(verb: string): VerbClass {
  if (HIRING_VERBS.has(verb)) return 'hiring';
  if (FUZZY_VERBS.has(verb)) return 'fuzzy';
  if (EFFORT_VERBS.has(verb)) return 'effort';
  if (CHANGE_VERBS.has(verb)) return 'change';
  return 'work';
}

/** Base form of a verb as a title writes it: "publishes", "published", "publishing" → "publish". */
export function baseOf(word: string): string {
  const w = word.replace(/^re-/, '');
  for (const form of [
    w,
    w.replace(/ies$/, 'y'),
    w.replace(/e?s$/, ''),
    w.replace(/ed$/, ''),
    w.replace(/d$/, ''),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
  ])
    if (
      CHANGE_VERBS.has(form) ||
      FUZZY_VERBS.has(form) ||
      EFFORT_VERBS.has(form) ||
      HIRING_VERBS.has(form)
    )
      return form;
  return w;
}

/**
 * Whether a word the tagger calls a noun or adjective opens the title as an order: a capitalised
 * first word followed by a determiner, a number, a quantifier or a possessive ("Triage all …",
 * "Upstream 75% of …", "Host initial …" read as verbs in that position). A noun followed by a
 * noun ("Bug Health") stays a noun phrase.
 */
export function opensAsOrder(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  const next = terms[i + 1];
  if (!t || !next) return false;
  if (t.tags.has('ProperNoun') && !/^[A-Z][a-z]+$/.test(t.text)) return false;
  if (t.tags.has('Plural') || t.tags.has('Acronym') || /ity$|ness$|ion$|ment$/.test(t.word))
    return false;
  if (!verbish(t.word)) return false;
  const strong =
    next.tags.has('Determiner') ||
    next.tags.has('Value') ||
    next.tags.has('Possessive') ||
    /^(?:all|every|everything|each|any|our|the|a|an|in|at|and)$/.test(next.word);
  if (strong) return true;
  // "Host initial Annual General Meeting": a noun-looking verb before an adjective and a noun;
  // an adjective there ("Weekly active users") describes the noun instead.
  return (
    !t.tags.has('Adjective') &&
    next.tags.has('Adjective') &&
    terms[i + 2]?.tags.has('Noun') === true
  );
}

const verbCache = new Map<string, boolean>();
/** Whether a word reads as a verb after "we will": compromise knows or guesses its verb use. */
function verbish(word: string): boolean {
  let v = verbCache.get(word);
  if (v === undefined) {
    const [sentence] = nlp(`we will ${word} it`).json({ terms: { tags: true } }) as {
      terms: { tags: string[] }[];
    }[];
    v = sentence?.terms[2]?.tags.includes('Infinitive') === true;
    if (verbCache.size > 10_000) verbCache.clear();
    verbCache.set(word, v);
  }
  return v;
}
