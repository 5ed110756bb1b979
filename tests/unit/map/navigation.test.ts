import { describe, expect, it } from 'vitest';
import { buildAlignmentGraph } from '../../../shared/domain/graph';
import { layoutAlignmentGraph } from '../../../shared/domain/graphLayout';
import {
  fitZoom,
  initialViewport,
  nextNodeId,
  overviewSize,
  ZOOM_FLOOR,
} from '../../../renderer/src/features/map/navigation';
import { input, objective, randomForest, toObjective } from './fixtures';

const g = buildAlignmentGraph(
  input([
    objective('c', 'acme'),
    objective('d1', 'sales', toObjective('c')),
    objective('d2', 'sales', toObjective('c')),
    objective('t', 'north', toObjective('d2')),
  ]),
);
const layout = layoutAlignmentGraph(g.nodes);
const parentOf = new Map(g.nodes.map((n) => [n.id, n.parentId]));

describe('nextNodeId', () => {
  it('moves up to the parent and down to the first child', () => {
    expect(nextNodeId('t', 'ArrowUp', parentOf, layout)).toBe('d2');
    expect(nextNodeId('c', 'ArrowDown', parentOf, layout)).toBe('d1');
    expect(nextNodeId('c', 'ArrowUp', parentOf, layout)).toBeNull();
    expect(nextNodeId('t', 'ArrowDown', parentOf, layout)).toBeNull();
  });
  it('moves left and right along the row', () => {
    expect(nextNodeId('d1', 'ArrowRight', parentOf, layout)).toBe('d2');
    expect(nextNodeId('d2', 'ArrowLeft', parentOf, layout)).toBe('d1');
    expect(nextNodeId('d2', 'ArrowRight', parentOf, layout)).toBeNull();
  });
  it('steps over an empty lane: it holds nothing to act on', () => {
    const withLane = layoutAlignmentGraph([
      ...g.nodes,
      { id: 'lane:support', parentId: null, kind: 'lane', level: 1 },
    ]);
    expect(withLane.nodes.find((p) => p.id === 'lane:support')!.row).toBe(1);
    expect(nextNodeId('d2', 'ArrowRight', parentOf, withLane)).toBeNull();
  });
});

describe('initialViewport', () => {
  it('shows a small map whole, centred, never above 100 %', () => {
    const v = initialViewport(layout, 1200, 800);
    expect(v.zoom).toBeLessThanOrEqual(1);
    expect(v.x).toBeCloseTo((1200 - layout.width * v.zoom) / 2);
  });
  it('opens a big map on its top rows at a readable zoom instead of shrinking it to specks', () => {
    const big = buildAlignmentGraph(randomForest(2000, 5));
    const v = initialViewport(layoutAlignmentGraph(big.nodes), 1000, 700);
    expect(v.zoom).toBeGreaterThanOrEqual(ZOOM_FLOOR);
    expect(v.y).toBe(24);
  });
  it('knows when a whole map would only fit below the floor', () => {
    const big = layoutAlignmentGraph(buildAlignmentGraph(randomForest(2000, 5)).nodes);
    expect(fitZoom(big, 1000, 700)).toBeLessThan(ZOOM_FLOOR);
    expect(fitZoom(layout, 1200, 800)).toBeGreaterThanOrEqual(ZOOM_FLOOR);
  });
  it('keeps a map shown whole clear of the overview in the corner, in a wide pane and a narrow one', () => {
    for (const [w, h] of [
      [1100, 520],
      [940, 460],
    ] as const) {
      const v = initialViewport(layout, w, h);
      const overview = overviewSize(w);
      expect(fitZoom(layout, w, h)).toBeGreaterThanOrEqual(ZOOM_FLOOR);
      expect(v.y + layout.height * v.zoom).toBeLessThanOrEqual(h - overview.height);
    }
    // A narrow pane has a smaller overview, so more of the map fits above it.
    expect(overviewSize(940).height).toBeLessThan(overviewSize(1100).height);
  });
});
