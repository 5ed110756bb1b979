import { useEffect, useMemo, useState } from 'react';
import {
  layoutAlignmentGraph,
  type GraphLayout,
  type LayoutNodeInput,
} from '@shared/domain/graphLayout';
import type { LayoutRequest, LayoutResponse } from './layout.worker';

/**
 * Above this many nodes the layout runs in a Web Worker. Measured here (2 cores, shared): the
 * layout of 2,000 nodes takes ~3–30 ms on the main thread, 8,000 nodes ~30–140 ms, so a memo
 * is the fastest path for every cycle of usual size and the worker only guards the rare huge
 * one (posting it costs a structured clone and a worker start, ~50 ms the first time).
 */
export const WORKER_ABOVE = 4000;

let worker: Worker | null = null;
let seq = 0;
const getWorker = (): Worker =>
  (worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }));

export interface MapLayoutState {
  layout: GraphLayout | undefined;
  /** A newer layout is being computed in the worker; the one shown is the previous. */
  pending: boolean;
}

/** The layout of the graph under the current collapse and filters, in a memo or a worker. */
export function useMapLayout(
  nodes: readonly LayoutNodeInput[] | undefined,
  collapsed: ReadonlySet<string>,
  include: ReadonlySet<string> | null,
): MapLayoutState {
  const big = (nodes?.length ?? 0) > WORKER_ABOVE;
  const sync = useMemo(
    () => (nodes && !big ? layoutAlignmentGraph(nodes, { collapsed, include }) : undefined),
    [nodes, big, collapsed, include],
  );
  const [async, setAsync] = useState<{ layout: GraphLayout; seq: number } | undefined>();
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    if (!nodes || !big) return;
    const w = getWorker();
    const mine = ++seq;
    const onMessage = (e: MessageEvent<LayoutResponse>) => {
      if (e.data.seq !== mine) return;
      setAsync({ layout: e.data.layout, seq: mine });
      setWaiting(0);
    };
    w.addEventListener('message', onMessage);
    setWaiting(mine);
    const req: LayoutRequest = {
      seq: mine,
      nodes: nodes.map(({ id, parentId, kind, level }) => ({ id, parentId, kind, level })),
      collapsed: [...collapsed],
      include: include ? [...include] : null,
    };
    w.postMessage(req);
    return () => w.removeEventListener('message', onMessage);
  }, [nodes, big, collapsed, include]);
  if (!big) return { layout: sync, pending: false };
  return { layout: async?.layout, pending: waiting !== 0 };
}
