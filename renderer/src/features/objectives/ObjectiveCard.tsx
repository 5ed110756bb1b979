import { memo, type DragEvent } from 'react';
import { LockMark } from '../../ui/LockMark';
import type { Cycle } from '@shared/domain/model';
import { ProgressBar, StatusPill } from '../../ui/Progress';
import type { ObjectiveRow } from './useObjectiveRows';
import { KrTrend } from '../checkins/KrTrend';
import { ObjectiveFindingsBadge } from '../coach/ObjectiveFindingsBadge';

export interface Props {
  row: ObjectiveRow;
  cycle: Cycle;
  index: number;
  count: number;
  selected: boolean;
  onOpen: (id: string) => void;
  onMove: (id: string, toIndex: number) => void;
  /** Why this member may only read it (a team workspace), or null when they may edit it. */
  viewOnly?: string | null;
}

/**
 * One objective in the list: open it, reorder it by keyboard (Alt+↑/↓) or by dragging — except
 * in a closed cycle, which is read-only, and for a member who may only read its owner's goals
 * (the arrows stay, disabled, saying why).
 */
export const ObjectiveCard = memo(function ObjectiveCard({
  row,
  cycle,
  index,
  count,
  selected,
  onOpen,
  onMove,
  viewOnly = null,
}: Props) {
  const o = row.objective;
  const open = cycle.state !== 'closed';
  const movable = open && !viewOnly;
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const id = e.dataTransfer.getData('application/x-cairn-objective');
    if (id && id !== o.id) onMove(id, index);
  };
  return (
    <li
      className={`objective-card${selected ? ' is-selected' : ''}`}
      draggable={movable}
      onDragStart={(e) => e.dataTransfer.setData('application/x-cairn-objective', o.id)}
      onDragOver={movable ? (e) => e.preventDefault() : undefined}
      onDrop={movable ? onDrop : undefined}
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
            if (!e.altKey || !movable) return;
            const to = e.key === 'ArrowUp' ? index - 1 : e.key === 'ArrowDown' ? index + 1 : -1;
            if (to < 0 || to >= count) return;
            e.preventDefault();
            onMove(o.id, to);
          }}
          aria-keyshortcuts={movable ? 'Alt+ArrowUp Alt+ArrowDown' : undefined}
        >
          {o.title}
        </button>
        {o.private ? <LockMark /> : null}
        <span className={`badge badge--${o.type}`}>
          {o.type === 'committed' ? 'Committed' : 'Aspirational'}
        </span>
        {row.status ? <StatusPill status={row.status} /> : null}
        <ObjectiveFindingsBadge
          objective={o}
          keyResults={row.keyResults.map((k) => k.kr)}
          cycle={cycle}
        />
        {open ? (
          <div className="objective-card__move">
            <button
              type="button"
              className="icon"
              aria-label={`Move “${o.title}” up`}
              title={viewOnly ?? undefined}
              disabled={!movable || index === 0}
              onClick={() => onMove(o.id, index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon"
              aria-label={`Move “${o.title}” down`}
              title={viewOnly ?? undefined}
              disabled={!movable || index === count - 1}
              onClick={() => onMove(o.id, index + 1)}
            >
              ↓
            </button>
          </div>
        ) : null}
      </div>
      <ProgressBar
        value={row.progress}
        status={row.status ?? undefined}
        label={`Progress of ${o.title}`}
      />
      {row.keyResults.length ? (
        <ul className="kr-summary">
          {row.keyResults.map(({ kr, progress, status, activity }) => (
            <li key={kr.id}>
              <span className={`dot status--${status}`} aria-hidden="true" />
              <span className="kr-summary__title">{kr.title}</span>
              <KrTrend title={kr.title} activity={activity} status={status} />
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
