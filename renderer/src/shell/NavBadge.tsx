import type { View } from '../store/ui';
import { useMergedCount } from '../features/merged/useMergedInbox';

/** How many things wait in each view that counts them (Merged changes' open entries). */
export type NavCounts = Partial<Record<View, number>>;

export function useNavCounts(views: readonly View[]): NavCounts {
  const merged = useMergedCount(views.includes('merged'));
  return merged ? { merged } : {};
}

/**
 * A view button's accessible name with what waits there: "Merged changes, 1 waiting". Given
 * to the button as one string: read from the label and a hidden suffix in separate elements,
 * Chromium joins them with a space ("Merged changes , 1 waiting").
 */
export function navItemName(label: string, count: number | undefined): string | undefined {
  return count ? `${label}, ${count} waiting` : undefined;
}

export interface Props {
  count: number | undefined;
  /** The sidebar is a rail: the count sits on the picture's corner. */
  collapsed: boolean;
}

/** The count beside a view's name (the button's name says it in words, see `navItemName`). */
export function NavBadge({ count, collapsed }: Props) {
  if (!count) return null;
  return (
    <span className={`nav__badge${collapsed ? ' nav__badge--rail' : ''}`} aria-hidden="true">
      <span>{count}</span>
    </span>
  );
}
