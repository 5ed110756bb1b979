import { useCallback, useMemo, useState } from 'react';
import { emptyLanes, laneId } from '@shared/domain/graph';
import type { LayoutNodeInput } from '@shared/domain/graphLayout';
import { toIsoDate } from '@shared/domain/cycle';
import { STATUS_LABELS } from '@shared/domain/status';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './map.css';
import './mapNodes.css';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { useFormat } from '../settings/useFormat';
import { useCurrentCycle, useToday } from '../workspace';
import { AlignDialog } from './AlignDialog';
import { AttentionPanel } from './AttentionPanel';
import { MapCanvas } from './MapCanvas';
import { MapFilters } from './MapFilters';
import { withMap } from './mapController';
import { matchingNodes } from './filters';
import { focusNode } from './mapState';
import { SearchBox } from './SearchBox';
import { SelectionBar } from './SelectionBar';
import { useAlignmentGraph } from './useAlignmentGraph';
import { useMapLayout } from './useMapLayout';
import { UnitsCanvas } from './UnitsCanvas';
import { useOpenByUnit } from './useOpenByUnit';
import { useUnitGroups } from './useUnitGroups';

/** The alignment map of the open cycle: company on top, everyone's objectives hanging below. */
export function MapView() {
  const cycle = useCurrentCycle();
  const today = useToday();
  const format = useFormat();
  const unitsView = useUi((s) => s.mapUnitsView);
  // Each view reads only what it draws (units never wait on every objective and key result),
  // and neither starts before it is known which one a big cycle opens on.
  // The open cycle's id is known at once: its reads need not wait for its record.
  const cycleId = useUi((s) => s.cycleId);
  const { decided, counts } = useOpenByUnit(cycleId, unitsView);
  const data = useAlignmentGraph(decided && !unitsView ? cycleId : null, cycle, today);
  const unitsData = useUnitGroups(decided && unitsView ? cycle : undefined, counts, today);
  const orgUnitId = useUi((s) => s.orgUnitId);
  const ownerId = useUi((s) => s.mapOwnerId);
  const status = useUi((s) => s.mapStatus);
  const collapsed = useUi((s) => s.mapCollapsed);
  const [aligning, setAligning] = useState<string | null>(null);
  // Every unit in the org filter without objectives of its own keeps an empty lane; an owner
  // filter asks about one person's objectives, so other units' lanes would only be noise.
  const lanes = useMemo(
    () => (data && !ownerId ? emptyLanes(data.graph.units, data.units, orgUnitId) : []),
    [data, ownerId, orgUnitId],
  );
  const include = useMemo(() => {
    if (!data) return null;
    const match = matchingNodes(data.graph, data.units, { orgUnitId, ownerId, status });
    if (match) for (const u of lanes) match.add(laneId(u.id));
    return match;
  }, [data, orgUnitId, ownerId, status, lanes]);
  const layoutInput = useMemo(
    (): LayoutNodeInput[] | undefined =>
      data && [
        ...data.graph.nodes,
        ...lanes.map((u) => ({
          id: laneId(u.id),
          parentId: null,
          kind: 'lane' as const,
          level: u.level,
        })),
      ],
    [data, lanes],
  );
  const { layout, pending } = useMapLayout(layoutInput, collapsed, include);
  const heading = useMemo(() => {
    const name = (id: string | null) => data?.units.find((u) => u.id === id)?.name;
    const scope = [
      name(orgUnitId) ?? 'Everyone',
      ownerId ? `owner ${name(ownerId) ?? ''}` : null,
      status ? `status ${status === 'none' ? 'no key results' : STATUS_LABELS[status]}` : null,
    ].filter(Boolean);
    return {
      cycleName: cycle?.name ?? '',
      scope: scope.join(' · '),
      date: format.date(toIsoDate(today)),
    };
  }, [data, orgUnitId, ownerId, status, cycle?.name, today, format]);
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
        {data && !unitsView ? <SearchBox nodes={searchable} onPick={pick} /> : null}
        <div className="map-view__actions">
          <button type="button" onClick={() => void withMap((c) => c.fit())}>
            Fit view
          </button>
          <button
            type="button"
            aria-pressed={unitsView}
            title="The map as its org units, with their progress; open one to see its objectives"
            onClick={() => useUi.getState().setMapUnitsView(!unitsView)}
          >
            By unit
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
      {unitsView ? (
        <p className="map-selection muted small">
          By unit: each company, department and team with the objectives below it, their progress
          and status. Open one to see its objectives.
        </p>
      ) : null}
      {data ? <MapFilters data={data} /> : null}
      {data ? <SelectionBar data={data} onAlign={setAligning} /> : null}
      {data && data.graph.nodes.length ? (
        <AttentionPanel graph={data.graph} include={include} onPick={pick} />
      ) : null}
      <div className="map-body" aria-busy={unitsView ? !unitsData : pending || !layout}>
        {unitsView ? (
          unitsData ? (
            <ReactFlowProvider>
              <UnitsCanvas key={cycle.id} data={unitsData} />
            </ReactFlowProvider>
          ) : (
            <p className="map-body__note muted">Reading the org units…</p>
          )
        ) : !data || !layout ? (
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
              lanes={lanes}
              layoutPending={pending}
              heading={heading}
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
