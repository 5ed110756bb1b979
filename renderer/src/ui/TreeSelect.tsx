import type { SelectHTMLAttributes } from 'react';
import './treeSelect.css';

export type Props = SelectHTMLAttributes<HTMLSelectElement>;

/**
 * A native select over a tree (the org units), whose `TreeOption`s are indented in the open
 * list while the closed picker reads the chosen name plainly. A native select shows its option's
 * text when closed, so the indent cannot be text (spaces read "   Platform"): it is padding, drawn
 * where the browser lets a select's list be styled (`appearance: base-select`, Chromium 135+,
 * so Electron); elsewhere the list is in tree order, unindented. Still a select: its role,
 * keys, typing to jump and form behaviour are the browser's own.
 */
export function TreeSelect({ className, ...props }: Props) {
  return <select {...props} className={className ? `tree-select ${className}` : 'tree-select'} />;
}
