/** One sample of a side: a figure (and a note), or what code is missing. */
export type Sample = { value: number; note?: string } | { missing: string };
export type SideRun = (sample: { warmUp: boolean }) => Promise<Sample>;
export interface Sides {
  subject: SideRun;
  baseline?: SideRun;
}
export type Interleaved =
  { subject: number[]; baseline: number[]; notes: string[] } | { missing: string };

export function interleave(
  runs: number,
  sides: Sides,
  options?: { warmup?: number },
): Promise<Interleaved>;
