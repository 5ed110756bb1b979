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

/** How long after a `later` surface first draws before it asks for the model. */
const LATER_MS = 2500;

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
    else
      timer = window.setTimeout(() => {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(ask, { timeout: 2000 });
        else ask();
      }, LATER_MS);
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, need]);
  return ready;
}
