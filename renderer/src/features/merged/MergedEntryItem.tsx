import { mergedFieldName, mergedRecordName, mergedValueText } from '@shared/sync/mergedText';
import { useFormat } from '../settings/useFormat';
import type { MergedEntry } from './mergedInbox';
import { dismissEntry, keepMineWithUndo } from './mergedActions';

export interface Props {
  entry: MergedEntry;
}

/** One overwritten edit or one repair, with what the person can do about it. */
export function MergedEntryItem({ entry: e }: Props) {
  const f = useFormat();
  const record = mergedRecordName(e.table);
  const subject = e.subject ? `${record} “${e.subject}”` : `A ${record.toLowerCase()}`;
  const headingId = `merged-${e.id}`;
  return (
    <li className="merged-entry" aria-labelledby={headingId}>
      <p className="merged-entry__what" id={headingId}>
        <strong>{subject}</strong>
        {e.kind === 'field' ? <> · {mergedFieldName(e.field)}</> : null}
      </p>
      {e.kind === 'field' ? (
        <dl className="merged-entry__values">
          <dt>Yours</dt>
          <dd>{mergedValueText(e.yours, f.locale)}</dd>
          <dt>Theirs</dt>
          <dd>{mergedValueText(e.theirs, f.locale)}</dd>
        </dl>
      ) : (
        <p>{e.message ?? 'Repaired after a merge.'}</p>
      )}
      <p className="muted small">
        {e.kind === 'field' ? `Changed by ${e.who ?? 'a teammate'}` : 'Repaired'} ·{' '}
        {f.dateTime(e.at)}
      </p>
      <div className="row row--tight">
        {e.kind === 'field' ? (
          <button type="button" onClick={() => keepMineWithUndo(e)}>
            Keep mine
          </button>
        ) : null}
        <button type="button" onClick={() => dismissEntry(e)}>
          Dismiss
        </button>
      </div>
    </li>
  );
}
