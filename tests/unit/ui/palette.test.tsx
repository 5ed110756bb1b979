// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Palette } from '../../../renderer/src/ui/Palette';
import {
  filterActions,
  matchesShortcut,
  registerAction,
} from '../../../renderer/src/actions/registry';
import { useUi } from '../../../renderer/src/store/ui';
import { ACTIONS } from '../../../shared/menu';

afterEach(cleanup);

describe('the command palette', () => {
  it('finds an action by a word of its label or keywords and runs it with Enter', async () => {
    const perform = vi.fn();
    registerAction(
      { id: 'test.alpha', label: 'Export the alignment map', keywords: 'graph png' },
      perform,
    );
    registerAction({ id: 'test.beta', label: 'Start check-in session' }, vi.fn());
    useUi.setState({ paletteOpen: true });
    render(<Palette />);
    const input = screen.getByRole('combobox', { name: 'Type a command' });
    fireEvent.change(input, { target: { value: 'graph' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Export the alignment map',
    ]);
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(perform).toHaveBeenCalledOnce();
    expect(useUi.getState().paletteOpen).toBe(false);
  });
  it('runs the command whose label starts with what was typed, not one that only lists it as a keyword', async () => {
    const move = vi.fn();
    const close = vi.fn();
    // Registered in the app's order: the state move comes before closing.
    registerAction(ACTIONS.advanceCycle, move);
    registerAction(ACTIONS.closeCycleCarryOver, close);
    useUi.setState({ paletteOpen: true });
    render(<Palette />);
    const input = screen.getByRole('combobox', { name: 'Type a command' });
    fireEvent.change(input, { target: { value: 'close' } });
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options[0]).toBe('Close cycle and carry over…');
    expect(options).toContain('Move cycle to its next state…');
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(close).toHaveBeenCalledOnce();
    expect(move).not.toHaveBeenCalled();
  });
  it('says so when nothing matches', () => {
    render(<Palette />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Type a command' }), {
      target: { value: 'zzz' },
    });
    expect(screen.getByText('No command matches “zzz”')).toBeTruthy();
  });
});

describe('shortcuts', () => {
  it('matches Ctrl+Shift+O on Linux and not plain O', () => {
    const ev = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    expect(matchesShortcut(ev({ key: 'O', ctrlKey: true, shiftKey: true }), 'Mod+Shift+O')).toBe(
      true,
    );
    expect(matchesShortcut(ev({ key: 'o' }), 'Mod+Shift+O')).toBe(false);
    expect(matchesShortcut(ev({ key: 'k', ctrlKey: true, shiftKey: true }), 'Mod+K')).toBe(false);
  });
  it('filters with every word typed', () => {
    const a = [{ id: 'a', label: 'Go to Map', keywords: 'alignment graph', perform: () => {} }];
    expect(filterActions(a, 'map graph')).toHaveLength(1);
    expect(filterActions(a, 'map review')).toHaveLength(0);
  });
});
