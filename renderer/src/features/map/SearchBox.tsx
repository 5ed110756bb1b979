import { useId, useMemo, useState } from 'react';
import type { GraphNode } from '@shared/domain/graph';

export interface Props {
  nodes: readonly GraphNode[];
  onPick: (id: string) => void;
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Finds an objective or key result by words of its title or owner; Enter jumps to the first. */
export function SearchBox({ nodes, onPick }: Props) {
  const [q, setQ] = useState('');
  const listId = useId();
  const hits = useMemo(() => {
    const words = fold(q).split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    const out: GraphNode[] = [];
    for (const n of nodes) {
      const hay = fold(`${n.title} ${n.ownerName}`);
      if (words.every((w) => hay.includes(w))) out.push(n);
      if (out.length === 8) break;
    }
    return out;
  }, [q, nodes]);
  const pick = (id: string) => {
    onPick(id);
    setQ('');
  };
  return (
    <div className="map-search">
      <input
        type="search"
        aria-label="Find on the map"
        placeholder="Find on the map…"
        value={q}
        aria-controls={hits.length ? listId : undefined}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits[0]) {
            e.preventDefault();
            pick(hits[0].id);
          } else if (e.key === 'Escape') setQ('');
        }}
      />
      {q && (
        <ul className="map-search__hits" id={listId} aria-label="Matches">
          {hits.length === 0 ? <li className="muted small">Nothing matches</li> : null}
          {hits.map((n) => (
            <li key={n.id}>
              <button type="button" onClick={() => pick(n.id)}>
                {n.title}{' '}
                <span className="muted small">
                  {n.kind === 'keyResult' ? 'key result' : n.ownerName}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
