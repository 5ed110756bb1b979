import type { ComponentType } from 'react';
import type { View } from '../store/ui';
import { ObjectivesView } from './objectives/ObjectivesView';
import { OrgView } from './org/OrgView';
import { PlanningView } from './planning/PlanningView';
import { ReviewView } from './review/ReviewView';
import { CheckInView } from './checkins/CheckInView';
import { ReportsView } from './reports/ReportsView';
import { MapView } from './map/MapView';
import { BackupsView } from './backups/BackupsView';

/** Each view of the main area; a feature folder adds its own line here. */
export const VIEW_COMPONENTS: Record<View, ComponentType> = {
  objectives: ObjectivesView,
  map: MapView,
  checkin: CheckInView,
  planning: PlanningView,
  review: ReviewView,
  reports: ReportsView,
  org: OrgView,
  backups: BackupsView,
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
