import type { ActionMeta } from './menu';

/**
 * How the command palette orders what matches a query. A command whose label is what was
 * typed comes first, then labels that start with it, then labels with a word starting with
 * it, then labels containing every word, and last the loose matches found through keywords —
 * so "close" offers "Close cycle…" before a command that only lists "close" among its
 * keywords. Order within a rank is the registration order.
 */

type Searchable = Pick<ActionMeta, 'label' | 'keywords'>;

// "Back up now…" is matched as "back up now": the ellipsis only says a dialog follows.
const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/(…|\.\.\.)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** 0 (best) to 4, or null when the command does not match at all. */
export function commandMatchRank(command: Searchable, query: string): number | null {
  const q = normalise(query);
  const label = normalise(command.label);
  if (!q) return 4;
  if (label === q) return 0;
  if (label.startsWith(q)) return 1;
  if (label.split(' ').some((_, i, words) => words.slice(i).join(' ').startsWith(q))) return 2;
  const words = q.split(' ');
  if (words.every((w) => label.includes(w))) return 3;
  const hay = `${label} ${normalise(command.keywords ?? '')}`;
  return words.every((w) => hay.includes(w)) ? 4 : null;
}

/** The commands matching `query` (every word typed, in label or keywords), best first. */
export function rankCommands<T extends Searchable>(commands: readonly T[], query: string): T[] {
  return commands
    .map((command, i) => ({ command, i, rank: commandMatchRank(command, query) }))
    .filter((r): r is { command: T; i: number; rank: number } => r.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((r) => r.command);
}
