import type Compromise from 'compromise';
import type * as Chrono from 'chrono-node';

/**
 * The language libraries the coach reads titles with — compromise (parts of speech) and chrono
 * (dates) — loaded on demand rather than with the code that imports the coach. Loading them
 * unpacks compromise's lexicon, a few hundred milliseconds of one core that every window paid
 * before drawing anything while they sat in the start-up script. The app loads them once its
 * first view has painted; tests and scripts await `loadLanguage()` before coaching.
 */

let compromise: typeof Compromise | null = null;
let chrono: typeof Chrono | null = null;
let loading: Promise<void> | null = null;
let markLoaded: () => void = () => undefined;
const loaded = new Promise<void>((resolve) => (markLoaded = resolve));

/** Loads both libraries, once; later calls get the same promise. */
export function loadLanguage(): Promise<void> {
  loading ??= Promise.all([import('compromise'), import('chrono-node')]).then(([c, d]) => {
    compromise = c.default;
    chrono = d;
    markLoaded();
  });
  return loading;
}

/** Resolves once the libraries are loaded, by whoever asked for them; asks for nothing. */
export const whenLanguageLoaded = (): Promise<void> => loaded;

export const languageLoaded = (): boolean => compromise !== null && chrono !== null;

function notLoaded(): never {
  throw new Error('The coach read a title before its language model was loaded (loadLanguage).');
}

/** compromise's reader of a text, as `nlp(text)`. */
export const nlp = (text: string): ReturnType<typeof Compromise> =>
  (compromise ?? notLoaded())(text);

/** chrono's date parser, as `chrono.parse`. */
export const parseDates = (
  ...args: Parameters<typeof Chrono.parse>
): ReturnType<typeof Chrono.parse> => (chrono ?? notLoaded()).parse(...args);
