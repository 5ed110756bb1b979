import type { CSSProperties, ReactNode } from 'react';

export interface Props {
  value: string;
  /** Depth in the tree, 0 at the top; indents the option in the open list. */
  depth: number;
  children: ReactNode;
}

/** An option of a `TreeSelect`: its text is the plain label, its depth is drawn, not typed. */
export function TreeOption({ value, depth, children }: Props) {
  return (
    <option value={value} style={{ '--depth': depth } as CSSProperties}>
      {children}
    </option>
  );
}
