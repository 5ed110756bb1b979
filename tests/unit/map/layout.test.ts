import { describe, expect, it } from 'vitest';
import { buildAlignmentGraph } from '../../../shared/domain/graph';
import { layoutAlignmentGraph, type GraphLayout } from '../../../shared/domain/graphLayout';
import { input, objective, randomForest, threeLevels, toObjective } from './fixtures';

const overlaps = (layout: GraphLayout): string[] => {
  const out: string[] = [];
  const ns = layout.nodes;
  for (let i = 0; i < ns.length; i++)
    for (let j = i + 1; j < ns.length; j++) {
      const a = ns[i]!;
      const b = ns[j]!;
      if (
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      )
        out.push(`${a.id}/${b.id}`);
    }
  return out;
};

const parentsAbove = (
  nodes: { id: string; parentId: string | null }[],
  layout: GraphLayout,
): string[] => {
  const pos = new Map(layout.nodes.map((p) => [p.id, p]));
  return nodes
    .filter((n) => n.parentId && pos.has(n.id) && pos.has(n.parentId))
    .filter((n) => pos.get(n.parentId!)!.y + pos.get(n.parentId!)!.height >= pos.get(n.id)!.y)
    .map((n) => n.id);
};

describe('layoutAlignmentGraph', () => {
  it('puts the company on top and each org level on its own row', () => {
    const g = buildAlignmentGraph(threeLevels());
    const rows = Object.fromEntries(layoutAlignmentGraph(g.nodes).nodes.map((p) => [p.id, p.row]));
    expect(rows).toEqual({ c: 0, d: 1, t: 2, p: 3 });
  });

  it('keeps a person aligned straight to the company on the people row', () => {
    const g = buildAlignmentGraph(
      input([objective('c', 'acme'), objective('p', 'ada', toObjective('c'))]),
    );
    const l = layoutAlignmentGraph(g.nodes);
    expect(l.nodes.map((p) => p.row)).toEqual([0, 3]);
  });

  it('gives key results a row of their own under their objective', () => {
    const g = buildAlignmentGraph({ ...threeLevels(), showKeyResults: true });
    const rows = Object.fromEntries(layoutAlignmentGraph(g.nodes).nodes.map((p) => [p.id, p.row]));
    expect(rows).toMatchObject({ c: 0, 'c-kr': 1, d: 2, t: 4, 't-kr': 5, p: 6 });
  });

  it('never overlaps two nodes and always puts a parent above its children, on a large forest', () => {
    for (const showKeyResults of [false, true]) {
      const g = buildAlignmentGraph({ ...randomForest(300, 7), showKeyResults });
      const l = layoutAlignmentGraph(g.nodes);
      expect(l.nodes).toHaveLength(g.nodes.length);
      expect(overlaps(l)).toEqual([]);
      expect(parentsAbove(g.nodes, l)).toEqual([]);
      expect(Math.min(...l.nodes.map((p) => p.x))).toBe(0);
      expect(Math.max(...l.nodes.map((p) => p.x + p.width))).toBeCloseTo(l.width);
    }
  });

  it('places orphans on their level, to the right of the company tree', () => {
    const g = buildAlignmentGraph(
      input([
        objective('c', 'acme'),
        objective('d', 'sales', toObjective('c')),
        objective('lost', 'north'),
      ]),
    );
    const pos = new Map(layoutAlignmentGraph(g.nodes).nodes.map((p) => [p.id, p]));
    expect(pos.get('lost')!.row).toBe(2);
    expect(pos.get('lost')!.x).toBeGreaterThan(pos.get('d')!.x);
  });

  it('hides the subtree of a collapsed node and counts what it hides', () => {
    const g = buildAlignmentGraph(threeLevels());
    const l = layoutAlignmentGraph(g.nodes, { collapsed: new Set(['d']) });
    expect(l.nodes.map((p) => p.id)).toEqual(['c', 'd']);
    expect(l.nodes.find((p) => p.id === 'd')!.hidden).toBe(2);
  });

  it('keeps the ancestors of filtered nodes as dimmed context and drops the rest', () => {
    const g = buildAlignmentGraph(
      input([
        objective('c', 'acme'),
        objective('d', 'sales', toObjective('c')),
        objective('t', 'north', toObjective('d')),
        objective('x', 'sales'),
      ]),
    );
    const l = layoutAlignmentGraph(g.nodes, { include: new Set(['t']) });
    expect(l.nodes.map((p) => [p.id, p.context])).toEqual([
      ['c', true],
      ['d', true],
      ['t', false],
    ]);
  });

  it('lays out an empty graph', () => {
    expect(layoutAlignmentGraph([])).toMatchObject({ nodes: [], width: 0, height: 0 });
  });

  // How fast is the bench's business (`npm run bench`, the map measure); this keeps every node.
  it('lays out 2,000 objectives with 6,000 key results, every one of them placed', () => {
    const g = buildAlignmentGraph({ ...randomForest(2000, 3), showKeyResults: true });
    const l = layoutAlignmentGraph(g.nodes);
    expect(l.nodes).toHaveLength(8000);
    expect(new Set(l.nodes.map((n) => n.id)).size).toBe(8000);
  });
});
