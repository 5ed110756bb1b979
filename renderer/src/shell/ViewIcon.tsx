import type { View } from '../store/ui';

export interface Props {
  view: View;
}

// Simple line drawings on a 20-unit grid, stroked in the text colour: they stay legible in
// both themes and need no icon font.
const PATHS: Record<View, string> = {
  objectives: 'M10 3a7 7 0 1 0 0 14a7 7 0 1 0 0-14M10 7a3 3 0 1 0 0 6a3 3 0 1 0 0-6M10 10h.01',
  map: 'M10 3v4M5 13l5-6l5 6M8 3h4v4H8zM3 13h4v4H3zM13 13h4v4h-4z',
  checkin: 'M4 4h12v12H4zM7 10l2 2l4-4',
  planning: 'M4 5h12M4 10h12M4 15h7M14 13l2 2l-2 2',
  review: 'M10 3l2.2 4.5l4.8.7l-3.5 3.4l.8 4.9L10 14.2l-4.3 2.3l.8-4.9L3 8.2l4.8-.7z',
  reports: 'M5 3h7l3 3v11H5zM12 3v3h3M8 10h4M8 13h4',
  org: 'M7 4h6v4H7zM3 13h5v4H3zM12 13h5v4h-5zM10 8v2.5M5.5 13v-2.5h9V13',
  backups:
    'M4 5c0-2.7 12-2.7 12 0v10c0 2.7-12 2.7-12 0zM4 5c0 2.7 12 2.7 12 0M4 10c0 2.7 12 2.7 12 0',
  settings: 'M4 6h12M4 14h12M7 4v4M13 12v4',
  merged: 'M5 3v6c0 3 5 3 5 6v2M15 3v6c0 3-5 3-5 6M3 5l2-2l2 2M13 5l2-2l2 2',
  kpis: 'M3 14l4-4l3 3l7-7M13 6h4v4',
};

/** A view's small picture, beside its name in the sidebar and alone when the sidebar is collapsed. */
export function ViewIcon({ view }: Props) {
  return (
    <svg
      className="view-icon"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[view]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
