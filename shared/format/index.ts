/**
 * The one place that turns dates, numbers and counts into words for people. Every function
 * is pure and takes the locale (a Settings tag, '' for the system's); the renderer passes the
 * person's choice through `useFormat`, reports and exports pass theirs.
 */
export * from './dates';
export * from './locale';
export * from './numbers';
export * from './possessive';
