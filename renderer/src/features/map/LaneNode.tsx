import { memo } from 'react';
import { useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import type { UnitFlowNode } from './flowElements';
import { DETAIL_ZOOM } from './navigation';

export type Props = NodeProps<UnitFlowNode>;

const farSelector = (s: ReactFlowState): boolean => s.transform[2] < DETAIL_ZOOM;

/** A unit in the filter that owns no objective yet: an empty slot in its row. */
function LaneNodeImpl({ data }: Props) {
  const u = data.unit;
  const far = useStore(farSelector);
  return (
    <div
      className={`map-lane${far ? ' map-lane--far' : ''}`}
      title={`${u.name} has no objectives in this cycle yet`}
    >
      <div className="map-lane__name">{u.name}</div>
      <div className="map-lane__note">
        <span className="map-node__kind">{u.kind}</span> · no objectives yet
      </div>
    </div>
  );
}

export const LaneNode = memo(LaneNodeImpl);
