import { describe, expect, it } from 'vitest';
import { buildAlignmentGraph } from '../../../shared/domain/graph';
import { layoutAlignmentGraph, type PositionedNode } from '../../../shared/domain/graphLayout';
import { linkPath, linkPoints, type Point } from '../../../shared/domain/graphRoutes';
import { randomForest, threeLevels } from './fixtures';

/** Whether the straight segment a–b passes through the inside of the card. */
function crosses(a: Point, b: Point, n: PositionedNode): boolean {
  const x0 = Math.min(a[0], b[0]);
  const x1 = Math.max(a[0], b[0]);
  const y0 = Math.min(a[1], b[1]);
  const y1 = Math.max(a[1], b[1]);
  // Strictly inside: a link may touch the edge of the card it ends at.
  return x0 < n.x + n.width - 1 && x1 > n.x + 1 && y0 < n.y + n.height - 1 && y1 > n.y + 1;
}

describe('linkPoints', () => {
  it('never runs a link behind a card, key results shown, on a large forest', () => {
    const g = buildAlignmentGraph({ ...randomForest(200, 3), showKeyResults: true });
    const layout = layoutAlignmentGraph(g.nodes);
    const pos = new Map(layout.nodes.map((p) => [p.id, p]));
    const behind: string[] = [];
    for (const e of g.edges) {
      const from = pos.get(e.source)!;
      const to = pos.get(e.target)!;
      const pts = linkPoints(from, to, layout, e.kind)!;
      for (let i = 1; i < pts.length; i++)
        for (const n of layout.nodes)
          if (crosses(pts[i - 1]!, pts[i]!, n)) behind.push(`${e.id} behind ${n.id}`);
    }
    expect(behind).toEqual([]);
  });

  it('ends a link to an objective at the objective, not at one of its key results', () => {
    const g = buildAlignmentGraph({ ...threeLevels(), showKeyResults: true });
    const layout = layoutAlignmentGraph(g.nodes);
    const pos = new Map(layout.nodes.map((p) => [p.id, p]));
    const d = pos.get('d')!;
    const t = pos.get('t')!;
    const end = linkPoints(t, d, layout)!.at(-1)!;
    expect(end).toEqual([d.x + d.width / 2, d.y + d.height]);
  });

  it('draws a loop back as a curve, since it may point down', () => {
    const g = buildAlignmentGraph(threeLevels());
    const layout = layoutAlignmentGraph(g.nodes);
    const [c, d] = [layout.nodes[0]!, layout.nodes[1]!];
    expect(linkPoints(c, d, layout, 'loop')).toBeNull();
    expect(linkPath(c, d, layout, 'loop')).toMatch(/^M[\d.]+ [\d.]+C/);
  });
});
