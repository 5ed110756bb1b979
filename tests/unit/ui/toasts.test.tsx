// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toasts } from '../../../renderer/src/ui/Toasts';
import { useUi } from '../../../renderer/src/store/ui';

const undoEntry = { label: 'Undo Ship the beta', undo: vi.fn(async () => {}) };
const say = (text: string, tone: 'info' | 'error' = 'info', undo?: typeof undoEntry) =>
  act(() => useUi.getState().toast(text, tone, undo));
const shown = () =>
  screen.queryAllByText(/./, { selector: '.toast > span' }).map((e) => e.textContent);
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => {
  vi.useFakeTimers();
  useUi.setState({ toasts: [], undoStack: [] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('messages', () => {
  it('leave by themselves after a few seconds', () => {
    render(<Toasts />);
    say('Settings saved');
    wait(4_000);
    expect(shown()).toEqual(['Settings saved']);
    wait(1_500);
    expect(shown()).toEqual([]);
  });

  it('keep an error until it is dismissed', () => {
    render(<Toasts />);
    say('The disk is full: nothing was saved.', 'error');
    wait(60_000);
    expect(screen.getByRole('alert').textContent).toContain('The disk is full');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(shown()).toEqual([]);
  });

  it('give Undo time, and wait while the pointer or focus is on the message', () => {
    render(<Toasts />);
    say('Deleted Ship the beta', 'info', undoEntry);
    wait(6_000);
    expect(shown()).toEqual(['Deleted Ship the beta']);
    const undo = screen.getByRole('button', { name: 'Undo' });
    fireEvent.mouseEnter(undo.parentElement!);
    wait(30_000);
    expect(shown()).toEqual(['Deleted Ship the beta']);
    fireEvent.mouseLeave(undo.parentElement!);
    act(() => undo.focus());
    wait(30_000);
    expect(shown()).toEqual(['Deleted Ship the beta']);
    act(() => undo.blur());
    wait(2_500);
    expect(shown()).toEqual([]);
  });

  it('show at most three at once, the oldest leaving first', () => {
    render(<Toasts />);
    for (const text of ['First', 'Second', 'Third', 'Fourth']) say(text);
    expect(shown()).toEqual(['Second', 'Third', 'Fourth']);
  });
});
