import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';

export type Props = EdgeProps & { data?: { path?: string } };

/**
 * A link drawn along the path graphRoutes.ts worked out from the layout (the same as in
 * exports): round key-result cards, never behind them.
 */
function RoutedEdgeImpl({
  id,
  data,
  sourceX,
  sourceY,
  targetX,
  targetY,
  style,
  interactionWidth,
}: Props) {
  const path = data?.path ?? `M${sourceX} ${sourceY}L${targetX} ${targetY}`;
  return <BaseEdge id={id} path={path} style={style} interactionWidth={interactionWidth} />;
}

export const RoutedEdge = memo(RoutedEdgeImpl);
