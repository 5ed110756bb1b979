import type { MeetingPack } from '@shared/report/meetingPack';
import { SEVERITY_LABELS } from '../../coach/FindingItem';
import { useFormat } from '../../settings/useFormat';
import './pack.css';

export interface Props {
  pack: MeetingPack;
}

/** The meeting pack as a document: what the Planning view shows and what the PDF prints. */
export function MeetingPackDocument({ pack }: Props) {
  const f = useFormat();
  return (
    <article className="pack" aria-label="Meeting pack">
      <h2 className="pack__title">{pack.title}</h2>
      <p className="muted">
        Planning meeting for <strong>{pack.cycleName}</strong> ({pack.period}) · prepared{' '}
        {f.date(pack.preparedOn)} · plan health {pack.health}/100
      </p>
      <h3>Agenda</h3>
      <ol className="pack__agenda">
        {pack.agenda.map((a) => (
          <li key={a.leaf}>
            <strong>{a.leaf}</strong> — {a.detail}
          </li>
        ))}
      </ol>
      <h3>Proposals in vote order</h3>
      {pack.proposals.length === 0 ? <p>No proposals have been submitted yet.</p> : null}
      {pack.proposals.map((p) => (
        <section
          key={p.id}
          className="pack__proposal"
          aria-label={`Proposal ${p.position}: ${p.title}`}
        >
          <h4>
            {p.position}. {p.title}{' '}
            <span className="pack__dots">
              ({p.dots} dot{p.dots === 1 ? '' : 's'}
              {p.tied ? ', tied' : ''})
            </span>
          </h4>
          <p className="muted small">
            {p.owner} · {p.type === 'committed' ? 'Committed' : 'Aspirational'}
            {p.alignsTo ? ` · aligns to ${p.alignsTo}` : ''}
          </p>
          {p.description ? <p>{p.description}</p> : null}
          <ul>
            {p.keyResults.length ? (
              p.keyResults.map((k) => <li key={k}>{k}</li>)
            ) : (
              <li>No key results yet</li>
            )}
          </ul>
          {p.findings.length ? (
            <ul className="pack__findings">
              {p.findings.map((f, i) => (
                <li key={i}>
                  <strong>{SEVERITY_LABELS[f.severity]}</strong> — {f.about}: {f.message}.{' '}
                  <em>Fix:</em> {f.fix} <span className="muted">({f.principle})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">Coach: nothing to flag.</p>
          )}
          {p.comments.length ? (
            <ul className="pack__comments">
              {p.comments.map((c, i) => (
                <li key={i}>
                  <strong>{c.author}</strong>: {c.text}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      <h3>Votes so far</h3>
      {pack.voters.length === 0 ? (
        <p>Nobody has voted yet.</p>
      ) : (
        <table className="pack__votes">
          <thead>
            <tr>
              <th scope="col">Voter</th>
              <th scope="col">Dots used</th>
              <th scope="col">On</th>
            </tr>
          </thead>
          <tbody>
            {pack.voters.map((v) => (
              <tr key={v.name}>
                <td>{v.name}</td>
                <td>
                  {v.used} of {v.budget}
                </td>
                <td>{v.on.map((o) => `${o.title} (${o.dots})`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
