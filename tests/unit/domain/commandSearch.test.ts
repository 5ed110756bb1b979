import { describe, expect, it } from 'vitest';
import { rankCommands } from '../../../shared/commandSearch';
import { ACTIONS } from '../../../shared/menu';

const all = Object.values(ACTIONS);
const labels = (query: string) => rankCommands(all, query).map((a) => a.label);

describe('rankCommands', () => {
  it('offers the command whose label starts with the word before one that lists it as a keyword', () => {
    const found = labels('close');
    expect(found[0]).toBe('Close cycle and carry over…');
    expect(found).toContain('Move cycle to its next state…');
    expect(found.indexOf('Move cycle to its next state…')).toBeGreaterThan(0);
  });
  it('puts an exact label first, even when another label starts with it', () => {
    const commands = [
      { label: 'Undo everything today' },
      { label: 'Undo' },
      { label: 'Do the undo dance', keywords: '' },
    ];
    expect(rankCommands(commands, 'undo').map((c) => c.label)).toEqual([
      'Undo',
      'Undo everything today',
      'Do the undo dance',
    ]);
  });
  it('reads a label without its ellipsis as exact', () => {
    expect(labels('back up now')[0]).toBe('Back up now…');
  });
  it('ranks a word of the label starting with the query above a match inside a word', () => {
    const commands = [{ label: 'Remap the keys' }, { label: 'Go to Map' }];
    expect(rankCommands(commands, 'map').map((c) => c.label)).toEqual([
      'Go to Map',
      'Remap the keys',
    ]);
  });
  it('still finds a command by its keywords, after the label matches', () => {
    expect(labels('alignment')).toEqual(
      expect.arrayContaining(['Go to Map', 'Export map as PNG', 'Fit map to view']),
    );
    expect(labels('zzz')).toEqual([]);
  });
  it('keeps the registered order when nothing is typed', () => {
    expect(labels('')).toEqual(all.map((a) => a.label));
  });
});
