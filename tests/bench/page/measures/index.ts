import { coach } from './coach';
import { coachHint } from './coachHint';
import { markdown } from './markdown';
import { restore } from './restore';
import { weekly } from './weekly';
import type { PageMeasure } from './types';

/** The measures timed inside the bench page, by id; the driver calls them by these names. */
export const PAGE_MEASURES: Record<string, PageMeasure> = {
  coach,
  coachHint,
  weekly,
  markdown,
  restore,
};
