import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = join(__dirname, '../../../renderer/src/features');

/** Which feature folder imports which, read from the sources' relative imports. */
function featureEdges(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) {
        const from = relative(FEATURES, path)
          .split(sep)[0]!
          .replace(/\.tsx?$/, '');
        for (const [, spec] of readFileSync(path, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
          const target = relative(FEATURES, normalize(join(dirname(path), spec!)));
          if (target.startsWith('..')) continue;
          const to = target.split(sep)[0]!;
          if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
        }
      }
    }
  };
  walk(FEATURES);
  return edges;
}

function cycleThrough(edges: Map<string, Set<string>>, start: string): string[] | null {
  const path: string[] = [];
  const seen = new Set<string>();
  const visit = (node: string): boolean => {
    for (const next of edges.get(node) ?? []) {
      if (next === start) return path.push(node, next) > 0;
      if (seen.has(next)) continue;
      seen.add(next);
      if (visit(next)) return path.unshift(node) > 0;
    }
    return false;
  };
  return visit(start) ? path : null;
}

describe('feature folders', () => {
  // A cycle between features means neither can be understood, split off or moved alone:
  // what two features share belongs in shared/, store/, ui/ or a folder of its own.
  it('import one another without a cycle', () => {
    const edges = featureEdges();
    const cycles = [...edges.keys()]
      .map((f) => cycleThrough(edges, f))
      .filter((c): c is string[] => c !== null)
      .map((c) => c.join(' → '));
    expect(cycles).toEqual([]);
  });
});
