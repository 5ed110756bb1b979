import { createRoot } from 'react-dom/client';
import { PAGE_MEASURES } from './measures';
import { flow, type Settled } from './measures/flow';
import { rawRead } from './measures/rawRead';
import { scopes } from './measures/scopes';
import type { Outcome, Side } from './measures/types';
import { PdfTable } from './PdfTable';
import { prepare, seed, seedKey, type SeedSummary } from './seed';
import { seedPlan } from './seedPlan';
import type { Size } from '../gen/workspace';

/** What the Playwright driver (tests/bench/run.mjs) calls in this page. */
export interface BenchApi {
  key(): string;
  seed(size: Size, resume?: boolean): Promise<SeedSummary>;
  prepare: typeof prepare;
  flow(
    size: Size,
    cycleKey: string,
    w: number,
    h: number,
  ): Promise<Settled & { rows: number; readMs: number }>;
  rawRead: typeof rawRead;
  scopes: typeof scopes;
  /** About how many rows each cycle of a seed writes, for the driver's ETA. */
  seedPlan: typeof seedPlan;
  measure(id: string, side: Side): Promise<Outcome>;
}

declare global {
  interface Window {
    cairnBench: BenchApi;
  }
}

window.cairnBench = {
  key: seedKey,
  seed,
  prepare,
  flow,
  rawRead,
  scopes,
  seedPlan,
  measure: async (id, side) => {
    const m = PAGE_MEASURES[id];
    if (!m) throw new Error(`no page measure ${id}`);
    return m[side]();
  },
};

// Views the driver prints or draws: ?view=pdf-table&rows=N
const params = new URLSearchParams(location.search);
const root = document.getElementById('root')!;
if (params.get('view') === 'pdf-table') {
  createRoot(root).render(<PdfTable rows={Number(params.get('rows') ?? 800)} />);
}
