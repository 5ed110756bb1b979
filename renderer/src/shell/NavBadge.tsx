import type { View } from '../store/ui';
import { useMergedCount } from '../features/merged/useMergedInbox';

export interface Props {
  view: View;
  /** The sidebar is a rail: the count sits on the picture's corner. */
  collapsed: boolean;
}

/** A count beside a view's name when something waits there (Merged changes' open entries). */
export function NavBadge({ view, collapsed }: Props) {
  return view === 'merged' ? <MergedBadge collapsed={collapsed} /> : null;
}

function MergedBadge({ collapsed }: { collapsed: boolean }) {
  const n = useMergedCount();
  if (!n) return null;
  return (
    <span className={`nav__badge${collapsed ? ' nav__badge--rail' : ''}`}>
      <span aria-hidden="true">{n}</span>
      <span className="sr-only">, {n} waiting</span>
    </span>
  );
}
