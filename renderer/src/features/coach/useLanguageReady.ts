import { useEffect, useState } from 'react';
import { languageLoaded, loadLanguage, whenLanguageLoaded } from '@shared/domain/coach';
import { reportError } from '../../ui/errors';

/**
 * When a coach surface wants the language model: `now` (hints under a field being typed in, a
 * panel the person opened) asks for it a frame after painting; `later` (the findings badges on
 * cards and map nodes) waits until the window has been open a while and is idle, so loading it
 * (a few hundred milliseconds of one core, compromise unpacking its lexicon) never lands in
 * the middle of opening the workspace, switching cycle or drawing the map. Either way the
 * component re-renders once anyone has loaded it.
 */
export type LanguageNeed = 'now' | 'later';

/** How long after the first `later` surface draws before the badges ask for the model. */
const LATER_MS = 2500;

/**
 * One wait for the whole window, shared by every `later` surface: a cycle has hundreds of cards
 * and map nodes, and each setting its own timer and idle request only to make the same call
 * added hundreds of callbacks to the moment the window was meant to be quiet. Settles
 * `LATER_MS` after the first `later` surface drew, once the window is idle.
 */
let windowSettled: Promise<void> | null = null;

function whenWindowSettled(): Promise<void> {
  windowSettled ??= new Promise((resolve) => {
    window.setTimeout(() => {
      if (typeof requestIdleCallback === 'function')
        requestIdleCallback(() => resolve(), { timeout: 2000 });
      else resolve();
    }, LATER_MS);
  });
  return windowSettled;
}

let askedLater: Promise<void> | null = null;
/** The badges' one request: a failure is reported once, not by every card. */
const askLater = () => void (askedLater ??= loadLanguage().catch(reportError));

/**
 * Whether the coach can read titles yet (shared/domain/coach/language/model.ts keeps its
 * language model out of the start-up script).
 */
export function useLanguageReady(need: LanguageNeed = 'now'): boolean {
  const [ready, setReady] = useState(languageLoaded);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void whenLanguageLoaded().then(() => {
      if (live) setReady(true);
    });
    const ask = () => void loadLanguage().catch(reportError);
    let frame = 0;
    let timer = 0;
    if (need === 'now') frame = requestAnimationFrame(() => (timer = window.setTimeout(ask, 0)));
    // Only a surface still drawn asks: one that left before the window settled wanted nothing.
    else
      void whenWindowSettled().then(() => {
        if (live) askLater();
      });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, need]);
  return ready;
}
