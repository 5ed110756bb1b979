import { useCallback, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './map.css';
import './mapNodes.css';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { useCurrentCycle, useToday } from '../workspace';
import { AlignDialog } from './AlignDialog';
import { AttentionPanel } from './AttentionPanel';
import { MapCanvas } from './MapCanvas';
import { MapFilters } from './MapFilters';
import { withMap } from './mapController';
import { matchingNodes } from './filters';
import { focusNode, useMapUi } from './mapState';
import { SearchBox } from './SearchBox';
import { SelectionBar } from './SelectionBar';
import { useAlignmentGraph } from './useAlignmentGraph';
import { useMapLayout } from './useMapLayout';

/** The alignment map of the open cycle: company on top, everyone's objectives hanging below. */
export function MapView() {
  const cycle = useCurrentCycle();
  const today = useToday();
  const data = useAlignmentGraph(cycle, today);
  const orgUnitId = useUi((s) => s.orgUnitId);
  const ownerId = useMapUi((s) => s.ownerId);
  const status = useMapUi((s) => s.status);
  const collapsed = useMapUi((s) => s.collapsed);
  const [aligning, setAligning] = useState<string | null>(null);
  const include = useMemo(
    () => (data ? matchingNodes(data.graph, data.units, { orgUnitId, ownerId, status }) : null),
    [data, orgUnitId, ownerId, status],
  );
  const { layout, pending } = useMapLayout(data?.graph.nodes, collapsed, include);
  const parentOf = useMemo(
    () => new Map(data?.graph.nodes.map((n) => [n.id, n.parentId]) ?? []),
    [data],
  );
  const pick = useCallback((id: string) => focusNode(parentOf, id), [parentOf]);
  const titles = useMemo(() => {
    const m = new Map<string, string>();
    for (const o of data?.objectives.values() ?? []) m.set(o.id, o.title);
    for (const k of data?.keyResults ?? []) m.set(k.id, k.title);
    return m;
  }, [data]);
  const searchable = useMemo(
    () => (data ? data.graph.nodes.filter((n) => !include || include.has(n.id)) : []),
    [data, include],
  );

  if (!cycle) return <p className="empty">Choose or create a cycle to see its map.</p>;
  const aligningObjective = aligning ? data?.objectives.get(aligning) : undefined;
  return (
    <section className="view map-view" aria-labelledby="map-title">
      <header className="map-view__header">
        <h1 id="map-title">Map</h1>
        {data ? <SearchBox nodes={searchable} onPick={pick} /> : null}
        <div className="map-view__actions">
          <button type="button" onClick={() => void withMap((c) => c.fit())}>
            Fit view
          </button>
          <button
            type="button"
            onClick={() => void withMap((c) => c.exportPng()).catch(reportError)}
          >
            Export PNG
          </button>
          <button
            type="button"
            onClick={() => void withMap((c) => c.exportSvg()).catch(reportError)}
          >
            Export SVG
          </button>
        </div>
      </header>
      {data ? <MapFilters data={data} /> : null}
      {data ? <SelectionBar data={data} onAlign={setAligning} /> : null}
      {data && data.graph.nodes.length ? (
        <AttentionPanel graph={data.graph} include={include} onPick={pick} />
      ) : null}
      <div className="map-body" aria-busy={pending || !layout}>
        {!data || !layout ? (
          <p className="map-body__note muted">Laying out the map…</p>
        ) : data.graph.nodes.length === 0 ? (
          <div className="empty map-body__note">
            <p>No objectives in {cycle.name} yet.</p>
            <p className="muted">
              Start with the company’s objectives; departments, teams and people then align to them
              here.
            </p>
          </div>
        ) : (
          <ReactFlowProvider>
            <MapCanvas
              key={cycle.id}
              data={data}
              layout={layout}
              layoutPending={pending}
              cycleName={cycle.name}
              frameKey={`${data.showKeyResults}|${orgUnitId}|${ownerId}|${status}`}
            />
          </ReactFlowProvider>
        )}
      </div>
      {aligningObjective ? (
        <AlignDialog
          objective={aligningObjective}
          titles={titles}
          onClose={() => setAligning(null)}
        />
      ) : null}
    </section>
  );
}
