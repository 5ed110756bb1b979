import { memo } from 'react';
import { useUi } from '../../store/ui';
import { Handle, Position, useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { BROKEN_REASON_LABELS } from '@shared/domain/graph';
import { TITLE_RULE_IDS } from '@shared/domain/coach';
import { formatPercent } from '@shared/domain/progress';
import { PLAN_BADGES } from '@shared/domain/graphSvgHeader';
import { STATUS_LABELS } from '@shared/domain/status';
import { DOWN_HANDLE, UP_HANDLE, type MapFlowNode } from './flowElements';
import { DETAIL_ZOOM } from './navigation';
import { ObjectiveFindingsBadge } from '../coach/ObjectiveFindingsBadge';
import { MapKpiChips } from '../kpis/MapKpiChips';

export type Props = NodeProps<MapFlowNode>;

/** The map knows each objective's title, not its key results' wording: the badge reads the title. */
const NO_KEY_RESULTS: readonly [] = [];
const OBJECTIVE_TITLE_RULES = TITLE_RULE_IDS.filter((id) => id.startsWith('objective-'));

/** Below this zoom nodes draw their title and status large: details would be unreadable. */
const farSelector = (s: ReactFlowState): boolean => s.transform[2] < DETAIL_ZOOM;

/** One objective on the map: title, owner, progress, status colour and confidence. */
function ObjectiveNodeImpl({ id, data }: Props) {
  const far = useStore(farSelector);
  const collapsed = useUi((s) => s.mapCollapsed.has(id));
  const n = data.node;
  const flag = n.broken ? 'broken' : n.orphan ? 'orphan' : null;
  const badge = n.planState ? PLAN_BADGES[n.planState] : undefined;
  const badgeEl = badge ? (
    <span className={`map-node__badge map-node__badge--${n.planState}`}>{badge}</span>
  ) : null;
  return (
    <div
      className={`map-node map-node--objective status--${n.status ?? 'none'}${flag ? ` map-node--${flag}` : ''}${far ? ' map-node--far' : ''}`}
    >
      <Handle
        type="source"
        position={Position.Top}
        id={UP_HANDLE}
        className="map-handle map-handle--up"
        title="Drag to the objective or key result this one contributes to"
      />
      <div className="map-node__title" title={n.title}>
        {n.title}
        {far ? null : (
          <ObjectiveFindingsBadge
            objective={{ id: n.objectiveId, title: n.title }}
            keyResults={NO_KEY_RESULTS}
            rules={OBJECTIVE_TITLE_RULES}
            expandable={false}
          />
        )}
      </div>
      {far ? (
        <div className="map-node__facts">
          <span className="map-node__status">
            {formatPercent(n.progress)} · {n.status ? STATUS_LABELS[n.status] : 'No key results'}
          </span>
          {badgeEl}
        </div>
      ) : (
        <>
          <div className="map-node__owner">
            <span className="map-node__who">
              {n.ownerName}
              {n.ownerKind ? <span className="map-node__kind"> · {n.ownerKind}</span> : null}
            </span>
            {badgeEl}
          </div>
          <div className="map-node__bar" aria-hidden="true">
            <div className="map-node__fill" style={{ width: `${Math.round(n.progress * 100)}%` }} />
          </div>
          <div className="map-node__facts">
            <span>{formatPercent(n.progress)}</span>
            <span className="map-node__status">
              {n.status ? STATUS_LABELS[n.status] : 'No key results'}
            </span>
            {n.confidence != null ? (
              <span title="Confidence, 0–10 (latest check-ins)">◔ {n.confidence}/10</span>
            ) : null}
          </div>
          {n.kpiIds?.length ? <MapKpiChips kpiIds={n.kpiIds} /> : null}
          {flag ? (
            <div className={`map-node__flag map-node__flag--${flag}`}>
              {n.broken
                ? `Broken link: ${BROKEN_REASON_LABELS[n.broken]}`
                : 'Orphan: aligned to nothing'}
            </div>
          ) : null}
          {data.childCount > 0 ? (
            <button
              type="button"
              className="map-node__toggle nodrag nopan"
              aria-expanded={!collapsed}
              aria-label={`${collapsed ? 'Expand' : 'Collapse'} what hangs from ${n.title}`}
              onClick={(e) => {
                e.stopPropagation();
                useUi.getState().toggleMapCollapsed(id);
              }}
            >
              {collapsed ? `+${data.hidden}` : '−'}
            </button>
          ) : null}
        </>
      )}
      <Handle
        type="target"
        position={Position.Bottom}
        id={DOWN_HANDLE}
        className="map-handle map-handle--down"
      />
    </div>
  );
}

export const ObjectiveNode = memo(ObjectiveNodeImpl);
