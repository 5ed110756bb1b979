import { useMemo, useState } from 'react';
import { BROKEN_REASON_LABELS, type AlignmentGraph } from '@shared/domain/graph';

export interface Props {
  graph: AlignmentGraph;
  /** Nodes matching the filters (null: all). */
  include: ReadonlySet<string> | null;
  onPick: (id: string) => void;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Orphans and broken links, counted and listed; picking one brings it into view. */
export function AttentionPanel({ graph, include, onPick }: Props) {
  // A long list starts folded, and is built only once opened: a big cycle's hundreds of
  // orphans would otherwise be laid out with the map for nobody.
  const [opened, setOpened] = useState(false);
  const titles = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.title])), [graph]);
  const inScope = (id: string) => !include || include.has(id);
  const orphans = graph.orphans.filter(inScope);
  const broken = graph.brokenLinks.filter((b) => inScope(b.objectiveId));
  const total = orphans.length + broken.length;
  if (total === 0)
    return (
      <p className="map-attention map-attention--ok" role="status">
        Everything hangs from the company: no orphans, no broken links.
      </p>
    );
  return (
    <details
      className="map-attention map-attention--alert"
      open={total <= 12}
      onToggle={(e) => setOpened(e.currentTarget.open)}
    >
      <summary>
        Needs attention: {plural(orphans.length, 'orphan', 'orphans')},{' '}
        {plural(broken.length, 'broken link', 'broken links')}
      </summary>
      {total <= 12 || opened ? (
        <div className="map-attention__lists">
          {orphans.length ? (
            <section aria-label={`Orphans (${orphans.length})`}>
              <h2
                className="map-attention__title"
                title="Aligned to nothing: drag their top handle onto what they serve"
              >
                Orphans
              </h2>
              <ul>
                {orphans.map((id) => (
                  <li key={id}>
                    <button
                      type="button"
                      className="map-chip map-chip--orphan"
                      onClick={() => onPick(id)}
                    >
                      {titles.get(id)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {broken.length ? (
            <section aria-label={`Broken links (${broken.length})`}>
              <h2 className="map-attention__title">Broken links</h2>
              <ul>
                {broken.map((b) => (
                  <li key={b.objectiveId}>
                    <button
                      type="button"
                      className="map-chip map-chip--broken"
                      onClick={() => onPick(b.objectiveId)}
                      title={BROKEN_REASON_LABELS[b.reason]}
                    >
                      {titles.get(b.objectiveId)}{' '}
                      <span className="muted small">— {BROKEN_REASON_LABELS[b.reason]}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
