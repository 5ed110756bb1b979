import { memo, type DragEvent } from 'react';
import type { Cycle } from '../../../../shared/domain/model';
import { ProgressBar, StatusPill } from '../../ui/Progress';
import type { ObjectiveRow } from './useObjectiveRows';
import { KrTrend } from '../checkins/KrTrend';
import { useKrActivity } from '../checkins/useKrActivity';
import { ObjectiveFindingsBadge } from '../coach/ObjectiveFindingsBadge';

export interface Props {
  row: ObjectiveRow;
  cycle: Cycle;
  staleDays: number;
  index: number;
  count: number;
  selected: boolean;
  onOpen: (id: string) => void;
  onMove: (id: string, toIndex: number) => void;
}

/** One objective in the list: open it, reorder it by keyboard (Alt+↑/↓) or by dragging. */
export const ObjectiveCard = memo(function ObjectiveCard({
  row,
  cycle,
  staleDays,
  index,
  count,
  selected,
  onOpen,
  onMove,
}: Props) {
  const o = row.objective;
  const activity = useKrActivity(
    cycle,
    staleDays,
    row.keyResults.map((k) => k.kr),
  );
  // Silence is never green: a stale key result turns its dot and an "on track" objective stale.
  const isStale = (id: string) => activity?.get(id)?.stale ?? false;
  const anyStale = row.keyResults.some((k) => isStale(k.kr.id));
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const id = e.dataTransfer.getData('application/x-cairn-objective');
    if (id && id !== o.id) onMove(id, index);
  };
  return (
    <li
      className={`objective-card${selected ? ' is-selected' : ''}`}
      draggable
      onDragStart={(e) => e.dataTransfer.setData('application/x-cairn-objective', o.id)}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      aria-label={o.title}
    >
      <div className="objective-card__head">
        <span className="rank" aria-label={`Priority ${o.rank || 'not set'}`}>
          {o.rank || '–'}
        </span>
        <button
          type="button"
          className="objective-card__title"
          onClick={() => onOpen(o.id)}
          onKeyDown={(e) => {
            if (!e.altKey) return;
            const to = e.key === 'ArrowUp' ? index - 1 : e.key === 'ArrowDown' ? index + 1 : -1;
            if (to < 0 || to >= count) return;
            e.preventDefault();
            onMove(o.id, to);
          }}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        >
          {o.title}
        </button>
        <span className={`badge badge--${o.type}`}>
          {o.type === 'committed' ? 'Committed' : 'Aspirational'}
        </span>
        <StatusPill status={row.status} stale={anyStale && row.status === 'onTrack'} />
        <ObjectiveFindingsBadge
          objective={o}
          keyResults={row.keyResults.map((k) => k.kr)}
          cycle={cycle}
        />
        <div className="objective-card__move">
          <button
            type="button"
            className="icon"
            aria-label={`Move “${o.title}” up`}
            disabled={index === 0}
            onClick={() => onMove(o.id, index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon"
            aria-label={`Move “${o.title}” down`}
            disabled={index === count - 1}
            onClick={() => onMove(o.id, index + 1)}
          >
            ↓
          </button>
        </div>
      </div>
      <ProgressBar value={row.progress} status={row.status} label={`Progress of ${o.title}`} />
      {row.keyResults.length ? (
        <ul className="kr-summary">
          {row.keyResults.map(({ kr, progress, status }) => (
            <li key={kr.id}>
              <span
                className={`dot status--${isStale(kr.id) ? 'stale' : status}`}
                aria-hidden="true"
              />
              <span className="kr-summary__title">{kr.title}</span>
              <KrTrend title={kr.title} activity={activity?.get(kr.id)} />
              <span className="muted">{Math.round(progress * 100)} %</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No key results yet</p>
      )}
    </li>
  );
});
