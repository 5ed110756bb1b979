import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { formatPercent } from '@shared/domain/progress';
import { STATUS_LABELS } from '@shared/domain/status';
import { DOWN_HANDLE, UP_HANDLE, type UnitFlowNode } from './flowElements';

export type Props = NodeProps<UnitFlowNode>;

/** An org unit below the zoom floor: what hangs below it, as one card. Click or Enter opens it. */
function UnitNodeImpl({ data }: Props) {
  const u = data.unit;
  const status = data.pending ? 'pending' : (u.status ?? 'none');
  const count = `${u.objectiveCount} ${u.objectiveCount === 1 ? 'objective' : 'objectives'}`;
  return (
    <div className={`map-node map-node--unit status--${status}`} title={u.name}>
      <Handle
        type="source"
        position={Position.Top}
        id={UP_HANDLE}
        className="map-handle map-handle--fixed"
        isConnectable={false}
      />
      <div className="map-node__title">{u.name}</div>
      <div className="map-node__owner">
        <span className="map-node__kind">{u.kind}</span> ·{' '}
        {u.objectiveCount ? count : 'no objectives yet'}
      </div>
      {u.objectiveCount && data.pending ? (
        <div className="map-node__facts muted">Reading progress…</div>
      ) : u.objectiveCount ? (
        <>
          <div className="map-node__bar" aria-hidden="true">
            <div className="map-node__fill" style={{ width: `${Math.round(u.progress * 100)}%` }} />
          </div>
          <div className="map-node__facts">
            <span>{formatPercent(u.progress)}</span>
            <span className="map-node__status">
              {u.status ? STATUS_LABELS[u.status] : 'No key results'}
            </span>
          </div>
        </>
      ) : null}
      <Handle
        type="target"
        position={Position.Bottom}
        id={DOWN_HANDLE}
        className="map-handle map-handle--fixed"
        isConnectable={false}
      />
    </div>
  );
}

export const UnitNode = memo(UnitNodeImpl);
