import { MergedEntryItem } from './MergedEntryItem';
import { useMergedInbox } from './useMergedInbox';
import './merged.css';

/**
 * The Merged changes inbox of a team workspace: edits of yours a teammate's overwrote while
 * you both worked (Keep mine or Dismiss), and what a merge had to repair (Needs attention).
 */
export function MergedChangesView() {
  const inbox = useMergedInbox();
  return (
    <section className="view merged" aria-labelledby="merged-title">
      <header className="view__header">
        <h1 id="merged-title">Merged changes</h1>
      </header>
      {!inbox ? (
        <p className="muted">Loading…</p>
      ) : inbox.changes.length === 0 && inbox.needsAttention.length === 0 ? (
        <div className="empty">
          <p>Nothing to look at.</p>
          <p className="muted">
            When a teammate’s edit overwrites one of yours — you both changed the same field while
            apart — it is listed here with both values, so you can keep yours. Repairs a merge had
            to make are listed too.
          </p>
        </div>
      ) : (
        <>
          {inbox.needsAttention.length ? (
            <section aria-labelledby="merged-attention">
              <h2 id="merged-attention">Needs attention</h2>
              <ul className="merged__list">
                {inbox.needsAttention.map((e) => (
                  <MergedEntryItem key={e.id} entry={e} />
                ))}
              </ul>
            </section>
          ) : null}
          {inbox.changes.length ? (
            <section aria-labelledby="merged-overwritten">
              <h2 id="merged-overwritten">Overwritten by a teammate</h2>
              <ul className="merged__list">
                {inbox.changes.map((e) => (
                  <MergedEntryItem key={e.id} entry={e} />
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}
