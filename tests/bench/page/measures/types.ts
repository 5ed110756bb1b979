/** What one in-page measurement returns to the driver. */
export type Outcome =
  | { value: number; note?: string }
  /** The code this measure needs has not landed yet. */
  | { missing: string };

export type Side = 'subject' | 'baseline';

/** A measure run in the bench page: the thing itself, and its bare baseline. */
export interface PageMeasure {
  subject(): Promise<Outcome>;
  baseline(): Promise<Outcome>;
}

/** Times a synchronous call, in milliseconds. */
export function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
