// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageLoaded } from '../../../shared/domain/coach';
import { useLanguageReady } from '../../../renderer/src/features/coach/useLanguageReady';

/** Stands for a card's or a map node's findings badge. */
function Badge({ n }: { n: number }) {
  return <span>{useLanguageReady('later') ? `badge ${n} ready` : `badge ${n} waiting`}</span>;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useLanguageReady(later)', () => {
  it('waits once for the whole window, however many badges are drawn, then every badge reads', async () => {
    vi.useFakeTimers();
    const cards = Array.from({ length: 200 }, (_, n) => n);
    render(
      <>
        {cards.map((n) => (
          <Badge key={n} n={n} />
        ))}
      </>,
    );
    // 200 badges on screen, one pending wait for the window (not one per badge).
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(2_000));
    expect(languageLoaded()).toBe(false);
    expect(screen.getByText('badge 0 waiting')).toBeTruthy();

    act(() => vi.advanceTimersByTime(3_000));
    vi.useRealTimers();
    await waitFor(() => expect(languageLoaded()).toBe(true), { timeout: 20_000 });
    await waitFor(() => expect(screen.queryAllByText(/ready$/)).toHaveLength(cards.length));
  }, 30_000);
});
