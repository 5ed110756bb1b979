import { useLiveQuery } from 'dexie-react-hooks';
import type { Objective } from '@shared/domain/model';
import { db } from '../../db/schema';
import { CoachHints } from '../coach/CoachHints';

export interface Props {
  objective: Objective;
}

/** An objective of a closed cycle in the detail pane: what it said, with nothing to edit. */
export function ObjectiveReadOnly({ objective: o }: Props) {
  const names = useLiveQuery(async () => {
    const link = o.alignedTo;
    const [owner, target] = await Promise.all([
      db.orgUnits.get(o.ownerId),
      link
        ? link.kind === 'objective'
          ? db.objectives.get(link.id)
          : db.keyResults.get(link.id)
        : undefined,
    ]);
    return {
      owner: owner?.name ?? 'Unknown owner',
      alignedTo: target
        ? `${link?.kind === 'keyResult' ? 'Key result: ' : ''}${target.title}`
        : null,
    };
  }, [o.ownerId, o.alignedTo?.kind, o.alignedTo?.id]);
  return (
    <div className="detail__readonly">
      <h3 className="detail__title">{o.title}</h3>
      <CoachHints objective={o} cycleId={o.cycleId} saved />
      {o.description.trim() ? <p className="detail__description">{o.description}</p> : null}
      <dl className="detail__facts">
        <dt>Owner</dt>
        <dd>{names?.owner ?? '…'}</dd>
        <dt>Type</dt>
        <dd>{o.type === 'committed' ? 'Committed' : 'Aspirational'}</dd>
        <dt>Aligns to</dt>
        <dd>{names ? (names.alignedTo ?? 'Nothing') : '…'}</dd>
      </dl>
    </div>
  );
}
