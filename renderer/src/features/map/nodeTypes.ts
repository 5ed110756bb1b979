import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { KeyResultNode } from './KeyResultNode';
import { LaneNode } from './LaneNode';
import { ObjectiveNode } from './ObjectiveNode';
import { RoutedEdge } from './RoutedEdge';
import { UnitNode } from './UnitNode';

/** At module scope so React Flow never sees a new object and remounts every node. */
export const nodeTypes = {
  objective: ObjectiveNode,
  keyResult: KeyResultNode,
  lane: LaneNode,
  unit: UnitNode,
} satisfies NodeTypes;

export const edgeTypes = { routed: RoutedEdge } satisfies EdgeTypes;
