import type { Quantity } from '../../quantity';

/** What a title reads as to a coach (built by reading.ts); the rules read this, never the raw string. */

export interface Term {
  text: string;
  /** Lower-cased, without surrounding punctuation. */
  word: string;
  tags: ReadonlySet<string>;
}

export type VerbClass = 'change' | 'fuzzy' | 'effort' | 'hiring' | 'work';

export interface TitleReading {
  /** The title without inline Markdown. */
  plain: string;
  /** Lower-case words only: two titles with the same key say the same thing. */
  key: string;
  /** Whether a due point could be named at all (see language/deadline): most titles name none. */
  mayNameADate: boolean;
  /** Sentences in the title. */
  sentences: number;
  /** Clauses (split at commas, semicolons and full stops) that hold a digit. */
  numberedClauses: number;
  terms: readonly Term[];
  /** The verb the title opens with as an order ("Publish …", "Iteratively re-architect …"). */
  leadVerb: string | null;
  leadClass: VerbClass | null;
  /** Every head verb's class, the lead's first (coordinated: "Create and publish"). */
  verbClasses: readonly VerbClass[];
  /** No verb at all, or only verbs used as nouns: a topic, not an aim ("Bug Health"). */
  nounPhrase: boolean;
  /** Words that carry meaning after the lead verb (nouns, adjectives, numbers). */
  objectWords: readonly string[];
  /** A deliverable stated as done: "Contract signed", "guide is published", "case studies added". */
  deliverableDone: string | null;
  /** A state people or the product are in: "Employment solution in place", "X enabled on trunk". */
  stateReached: boolean;
  /**
   * A quality stated with no threshold: "The handbook is fast to search", "X can quickly update
   * Y". Nobody could say at the end whether it was reached.
   */
  qualityOnly: string | null;
  /** The quantity the title names (the shared reader, also the importer's). */
  quantity: Quantity;
  /** A number the title states as a target (not a year, version, segment or scope), as written. */
  numbers: readonly string[];
  /** Something a person could check at the end: a number, a threshold, a target off the page. */
  measurable: boolean;
  placeholder: boolean;
  question: boolean;
  /** A noun phrase whose head is a thing to produce: "Training plan", "Spec for custom layout". */
  nounArtifact: string | null;
  /** Work named as the means: "Improve usability through delivering the design". */
  workAsMeans: string | null;
  /** The lead verb's object is a count of outputs: "Publish 8 blog posts", "Add 3 pages". */
  countedOutputs: boolean;
  /** The lead verb's object is a count of people or a capacity ("Certify 1,000 members"). */
  objectIsCapacity: boolean;
}
