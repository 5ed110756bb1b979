import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  coachCycleSteps,
  readTitle,
  unreadTitles,
  type CoachInput,
  type CoachReport,
} from '@shared/domain/coach';
import { toIsoDate } from '@shared/domain/cycle';
import { useToday } from '../workspace';
import { loadCoachInput } from './loadCoachInput';
import { useLanguageReady } from './useLanguageReady';

export interface CycleCoach {
  input: CoachInput;
  report: CoachReport;
}

/** How long one slice of title reading or coaching may hold the main thread, in ms. */
const SLICE_MS = 8;

const nextIdle = (run: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 200 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 0);
  return () => window.clearTimeout(id);
};

/**
 * The coach over a whole cycle, re-run whenever anything it reads changes. Reading a title
 * the first time is the costly part (about half a millisecond each, thousands in a large plan),
 * so titles not read before are read a slice at a time while the app is idle; then the pass
 * itself runs in slices too (tens of milliseconds for a big plan, coachCycleSteps). Until it
 * is done, the last report stays on screen (or none, on the first run) and the UI never blocks.
 */
export function useCycleCoach(cycleId: string | null): CycleCoach | null | undefined {
  const today = toIsoDate(useToday());
  const input = useLiveQuery(
    async () => (cycleId ? loadCoachInput(cycleId, today) : null),
    [cycleId, today],
  );
  const [coach, setCoach] = useState<CycleCoach | null>(null);
  const ready = useLanguageReady();
  useEffect(() => {
    if (!input || !ready) return;
    const pending = unreadTitles([
      ...input.objectives.map((o) => o.title),
      ...(input.keyResults ?? []).map((k) => k.title),
    ]);
    let cancel: (() => void) | null = null;
    let pass: ReturnType<typeof coachCycleSteps> | null = null;
    const step = (): void => {
      const until = performance.now() + SLICE_MS;
      while (pending.length && performance.now() < until) readTitle(pending.pop()!);
      if (!pending.length && performance.now() < until) {
        pass ??= coachCycleSteps(input);
        for (let s = pass.next(); ; s = pass.next()) {
          if (s.done) return setCoach({ input, report: s.value });
          if (performance.now() >= until) break;
        }
      }
      cancel = nextIdle(step);
    };
    step();
    return () => cancel?.();
  }, [input, ready]);
  if (input === undefined) return undefined;
  if (input === null) return null;
  return coach && coach.input.cycle?.id === input.cycle?.id ? coach : undefined;
}
