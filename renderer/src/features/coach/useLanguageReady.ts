import { useEffect, useState } from 'react';
import { languageLoaded, loadLanguage } from '@shared/domain/coach';
import { reportError } from '../../ui/errors';

/**
 * Whether the coach can read titles yet. Its language model is not in the start-up script
 * (shared/domain/coach/language/model.ts): the first component that needs it asks for it a
 * frame after it has painted, so the window shows its objectives first and the coach's
 * findings follow. Re-renders once loaded.
 */
export function useLanguageReady(): boolean {
  const [ready, setReady] = useState(languageLoaded);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const frame = requestAnimationFrame(() => {
      setTimeout(() => {
        loadLanguage().then(() => {
          if (live) setReady(true);
        }, reportError);
      }, 0);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [ready]);
  return ready;
}
