import { lazy, type ComponentType } from 'react';
import type { View } from '../store/ui';
import { ObjectivesView } from './objectives/ObjectivesView';

// The app opens on Objectives; every other view loads the first time it is shown, so the
// start-up script stays small (React Flow, the report and import code wait until wanted).
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

/** Each view of the main area; a feature folder adds its own line here. */
export const VIEW_COMPONENTS: Record<View, ComponentType> = {
  objectives: ObjectivesView,
  map: named(() => import('./map/MapView'), 'MapView'),
  checkin: named(() => import('./checkins/CheckInView'), 'CheckInView'),
  planning: named(() => import('./planning/PlanningView'), 'PlanningView'),
  review: named(() => import('./review/ReviewView'), 'ReviewView'),
  reports: named(() => import('./reports/ReportsView'), 'ReportsView'),
  org: named(() => import('./org/OrgView'), 'OrgView'),
  backups: named(() => import('./backups/BackupsView'), 'BackupsView'),
};

export const VIEW_LABELS: Record<View, string> = {
  objectives: 'Objectives',
  map: 'Map',
  checkin: 'Check-in',
  planning: 'Planning',
  review: 'Review',
  reports: 'Reports',
  org: 'Organisation',
  backups: 'Backups & import',
};
