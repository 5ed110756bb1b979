import { memo } from 'react';
import { Handle, Position, useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { formatPercent } from '@shared/domain/progress';
import { STATUS_LABELS } from '@shared/domain/status';
import { DOWN_HANDLE, UP_HANDLE, type MapFlowNode } from './flowElements';
import { DETAIL_ZOOM } from './navigation';

export type Props = NodeProps<MapFlowNode>;

const farSelector = (s: ReactFlowState): boolean => s.transform[2] < DETAIL_ZOOM;

/** A key result shown as a child of its objective; objectives can align to it. */
function KeyResultNodeImpl({ data }: Props) {
  const far = useStore(farSelector);
  const n = data.node;
  return (
    <div
      className={`map-node map-node--kr status--${n.status ?? 'none'}${far ? ' map-node--far' : ''}`}
    >
      <Handle
        type="source"
        position={Position.Top}
        id={UP_HANDLE}
        className="map-handle map-handle--fixed"
        isConnectable={false}
      />
      <div className="map-node__title" title={n.title}>
        {n.title}
      </div>
      {far ? (
        <div className="map-node__facts">
          <span className="map-node__status">
            {formatPercent(n.progress)}
            {n.status ? ` · ${STATUS_LABELS[n.status]}` : ''}
          </span>
        </div>
      ) : (
        <>
          <div className="map-node__bar" aria-hidden="true">
            <div className="map-node__fill" style={{ width: `${Math.round(n.progress * 100)}%` }} />
          </div>
          <div className="map-node__facts">
            <span>{formatPercent(n.progress)}</span>
            {n.status ? <span className="map-node__status">{STATUS_LABELS[n.status]}</span> : null}
            {n.confidence != null ? (
              <span title="Latest confidence, 0–10">◔ {n.confidence}/10</span>
            ) : null}
          </div>
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

export const KeyResultNode = memo(KeyResultNodeImpl);
