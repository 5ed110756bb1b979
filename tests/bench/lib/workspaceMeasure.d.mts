import type { Interleaved, Sides } from './interleave.mjs';

/** What a measure's run is given (tests/bench/run.mjs), as far as a workspace measure uses it. */
export interface MeasureContext {
  runs: number;
  workspace(size: string): Promise<unknown>;
  [more: string]: unknown;
}

export interface WorkspaceMeasure {
  id: string;
  title: string;
  size: string;
  runIn: string[];
  run(ctx: MeasureContext): Promise<Interleaved>;
  [row: string]: unknown;
}

export function workspaceMeasure(spec: {
  size: string;
  id: string;
  title: string | ((size: string) => string);
  runIn?: string[];
  runs?: number;
  warmup?: number;
  sides(ctx: MeasureContext, context: unknown): Sides | Promise<Sides>;
  [row: string]: unknown;
}): WorkspaceMeasure;
