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

/** Why an action cannot run now (view only in a team workspace), or null when it can. */
export type Blocker = () => string | null;
const blockers = new Map<string, Blocker>();

export function registerBlocker(id: string, why: Blocker): void {
  blockers.set(id, why);
}

export const whyUnavailable = (id: string): string | null => blockers.get(id)?.() ?? null;

export async function runAction(id: string): Promise<boolean> {
  const a = registry.get(id);
  if (!a) return false;
  // From the palette, a shortcut or the native menu alike: an edit this member may not make
  // says why instead (the team server would refuse it anyway).
  const blocked = whyUnavailable(id);
  if (blocked) return (onBlocked(blocked), false);
  await a.perform();
  return true;
}

let onBlocked: (why: string) => void = () => undefined;
/** How a blocked action tells the person why (the app's toast, set at start-up). */
export function setBlockedNotice(tell: (why: string) => void): void {
  onBlocked = tell;
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
