import type { NodeTypes } from '@xyflow/react';
import { KeyResultNode } from './KeyResultNode';
import { ObjectiveNode } from './ObjectiveNode';

/** At module scope so React Flow never sees a new object and remounts every node. */
export const nodeTypes = { objective: ObjectiveNode, keyResult: KeyResultNode } satisfies NodeTypes;
