import type { Initiative } from '@shared/domain/model';

/** Open before done, then priority (1 first), then due date (undated last), then title. */
export const byPriorityThenDue = (a: Initiative, b: Initiative): number =>
  Number(a.done) - Number(b.done) ||
  a.priority - b.priority ||
  (a.dueDate ?? '\uffff').localeCompare(b.dueDate ?? '\uffff') ||
  a.title.localeCompare(b.title);
