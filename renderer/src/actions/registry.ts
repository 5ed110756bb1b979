import { rankCommands } from '@shared/commandSearch';
import type { ActionMeta } from '@shared/menu';

/** A user action: declared once in shared/menu.ts, given its behaviour here. */
export interface Action extends ActionMeta {
  perform: () => void | Promise<void>;
}

const registry = new Map<string, Action>();

export function registerAction(meta: ActionMeta, perform: Action['perform']): void {
  registry.set(meta.id, { ...meta, perform });
}

export const allActions = (): Action[] => [...registry.values()];

export async function runAction(id: string): Promise<boolean> {
  const a = registry.get(id);
  if (!a) return false;
  await a.perform();
  return true;
}

export const isMac = (): boolean =>
  typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** `Mod+Shift+O` → `Ctrl+Shift+O` (or `⌘⇧O` on a Mac), for menus and the palette. */
export function shortcutLabel(shortcut: string): string {
  if (!isMac()) return shortcut.replace('Mod', 'Ctrl');
  return shortcut.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}

/** Does this key event match a shortcut such as `Mod+Shift+O`? */
export function matchesShortcut(e: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1]!.toLowerCase();
  const mod = parts.includes('Mod');
  const wantShift = parts.includes('Shift');
  const modPressed = isMac() ? e.metaKey : e.ctrlKey;
  return (
    modPressed === mod &&
    e.shiftKey === wantShift &&
    e.altKey === parts.includes('Alt') &&
    e.key.toLowerCase() === key
  );
}

/** Finds the action a key event triggers, if any. */
export const actionForKey = (e: KeyboardEvent): Action | undefined =>
  allActions().find((a) => a.shortcut && matchesShortcut(e, a.shortcut));

/** Palette matching: every word typed appears in the label or keywords; best matches first. */
export const filterActions = (actions: Action[], query: string): Action[] =>
  rankCommands(actions, query);
