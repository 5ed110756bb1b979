import { lazy, type ComponentType } from 'react';
import type { View } from '../store/ui';
import { ObjectivesView } from '../features/objectives/ObjectivesView';

// The app opens on Objectives; every other view is split off, so the start-up script stays
// small (React Flow, the report and import code), and fetched once the first view is drawn
// and the window is idle (preloadViews), so switching views does not wait for it either.
const LOADERS = {
  map: () => import('../features/map/MapView').then((m) => m.MapView),
  checkin: () => import('../features/checkins/CheckInView').then((m) => m.CheckInView),
  planning: () => import('../features/planning/PlanningView').then((m) => m.PlanningView),
  review: () => import('../features/review/ReviewView').then((m) => m.ReviewView),
  reports: () => import('../features/reports/ReportsView').then((m) => m.ReportsView),
  org: () => import('../features/org/OrgView').then((m) => m.OrgView),
  backups: () => import('../features/backups/BackupsView').then((m) => m.BackupsView),
  settings: () => import('../features/settings/SettingsView').then((m) => m.SettingsView),
  merged: () => import('../features/merged/MergedChangesView').then((m) => m.MergedChangesView),
  kpis: () => import('../features/kpis/KpisView').then((m) => m.KpisView),
} satisfies Record<Exclude<View, 'objectives'>, () => Promise<ComponentType>>;

const split = (load: () => Promise<ComponentType>) => lazy(async () => ({ default: await load() }));

/** Each view of the main area; a feature folder adds its own line here. */
export const VIEW_COMPONENTS: Record<View, ComponentType> = {
  objectives: ObjectivesView,
  map: split(LOADERS.map),
  checkin: split(LOADERS.checkin),
  planning: split(LOADERS.planning),
  review: split(LOADERS.review),
  reports: split(LOADERS.reports),
  org: split(LOADERS.org),
  backups: split(LOADERS.backups),
  settings: split(LOADERS.settings),
  merged: split(LOADERS.merged),
  kpis: split(LOADERS.kpis),
};

/** The first view's remaining reads (the groups coming into view) go first. */
const PRELOAD_AFTER_MS = 3000;
let preloading = false;

/**
 * Fetches the split-off views in the background, a few seconds after the first view is
 * drawn, one at a time, while nothing else runs.
 */
export function preloadViews(): void {
  if (preloading) return;
  preloading = true;
  const queue: (() => Promise<unknown>)[] = Object.values(LOADERS);
  const next = () => {
    const load = queue.shift();
    if (load) requestIdleCallback(() => void load().then(next, next), { timeout: 5000 });
  };
  setTimeout(next, PRELOAD_AFTER_MS);
}

export const VIEW_LABELS: Record<View, string> = {
  objectives: 'Objectives',
  map: 'Map',
  checkin: 'Check-in',
  planning: 'Planning',
  review: 'Review',
  reports: 'Reports',
  org: 'Organisation',
  backups: 'Backups & import',
  settings: 'Settings',
  merged: 'Merged changes',
  kpis: 'KPIs',
};
