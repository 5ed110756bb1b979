import { useSyncExternalStore } from 'react';
import { liveQuery, type Subscription } from 'dexie';
import {
  DEFAULT_PREFERENCES,
  normalisePreferences,
  type Preferences,
} from '@shared/domain/settings';
import { readPreferences } from '../../db/commands/settings';
import { openingReads, subscribeOpening, type OpeningReads } from '../../db/openingReads';
import { reportError } from '../../ui/errors';

/**
 * One live read of the preferences for the whole window. Every card and key result formats
 * dates and numbers in the person's locale (useFormat); a live query each was ~45 queries and
 * ~300 settings reads after the first screen of a large workspace, all queued in a database
 * that serves one request after another (docs/benchmarks.md).
 */
let current: Preferences | undefined;
let subscription: Subscription | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const offOpening = subscribeOpening(listener);
  subscription ??= liveQuery(readPreferences).subscribe({
    next: (prefs) => {
      current = prefs;
      listeners.forEach((l) => l());
    },
    error: reportError,
  });
  return () => {
    offOpening();
    listeners.delete(listener);
    if (listeners.size > 0) return;
    subscription?.unsubscribe();
    subscription = null;
    // Nobody follows them now: the next window (or test) reads them afresh.
    current = undefined;
  };
}

// The same object for the same early reads: useSyncExternalStore compares snapshots.
let early: { reads: OpeningReads; prefs: Preferences } | null = null;
function fromOpening(reads: OpeningReads): Preferences {
  if (early?.reads !== reads)
    early = {
      reads,
      prefs: normalisePreferences(Object.fromEntries(reads.settings.map((s) => [s.key, s.value]))),
    };
  return early.prefs;
}

function snapshot(): Preferences {
  if (current) return current;
  const reads = openingReads();
  return reads ? fromOpening(reads) : DEFAULT_PREFERENCES;
}

/** The person's preferences, live: every window follows a change made in Settings. */
export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, snapshot);
}
