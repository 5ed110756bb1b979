import { useEffect, useState } from 'react';

/**
 * A value computed once the browser is idle after painting, not while rendering. A card's coach
 * findings read its titles with a language parser (several milliseconds a title the first
 * time), which on a list's first screen was about a quarter of the time to show the cards
 * (profiled switching to a 12-objective cycle). The cards paint first; what is computed here
 * follows a frame later. Until then, and while new input is read, the last value stays.
 * `input` should be memoised: a new object is a new computation; null computes nothing yet.
 */
export function useIdleValue<I, T>(input: I | null, compute: (input: I) => T): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    if (input === null) return;
    let live = true;
    const run = () => {
      if (live) setValue(compute(input));
    };
    if (typeof requestIdleCallback === 'function') {
      // The timeout bounds the wait on a busy page (a map settling, a long list scrolling).
      const handle = requestIdleCallback(run, { timeout: 300 });
      return () => {
        live = false;
        cancelIdleCallback(handle);
      };
    }
    const timer = setTimeout(run, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [input, compute]);
  return value;
}
