import { useMemo } from 'react';
import { toIsoDate } from '@shared/domain/cycle';
import type { OwnedKeyResult } from '../useCheckInData';
import { useInitiatives } from '../useCheckInData';
import { InitiativeItem } from './InitiativeItem';
import './initiatives.css';
import { byPriorityThenDue } from './order';

export interface Props {
  items: OwnedKeyResult[];
  ownerName: string;
  readOnly: boolean;
}

/** Open initiatives across the owner's key results: priority first, then the nearest due date. */
export function MyWeek({ items, ownerName, readOnly }: Props) {
  const ids = useMemo(() => items.map((i) => i.kr.id), [items]);
  const initiatives = useInitiatives(ids);
  const titles = useMemo(() => new Map(items.map((i) => [i.kr.id, i.kr.title])), [items]);
  const open = (initiatives ?? []).filter((i) => !i.done).sort(byPriorityThenDue);
  const today = toIsoDate(new Date());
  return (
    <section className="my-week" aria-labelledby="my-week-title">
      <h2 id="my-week-title">My week</h2>
      <p className="muted small">Open initiatives of {ownerName}, by priority then due date.</p>
      {open.length === 0 ? (
        <p className="muted">No open initiatives. Add them under a key result to plan the week.</p>
      ) : (
        <ol className="initiative-list" aria-label="Open initiatives">
          {open.map((i) => (
            <InitiativeItem
              key={i.id}
              initiative={i}
              keyResultTitle={titles.get(i.keyResultId)}
              readOnly={readOnly}
              today={today}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
