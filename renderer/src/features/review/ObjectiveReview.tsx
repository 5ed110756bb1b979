import { useId } from 'react';
import { postmortemMissing } from '@shared/domain/cycleClose';
import { TYPE_LABELS, type ReportObjective } from '@shared/report/review';
import { useGoalsViewOnly } from '../../sync/useViewOnly';
import { ViewOnlyNote } from '../../ui/ViewOnlyNote';
import { BandChip } from './BandChip';
import { KrScoreRow } from './KrScoreRow';
import { RetroForm } from './RetroForm';

export interface Props {
  objective: ReportObjective;
  cycleId: string;
  readOnly: boolean;
}

/** One objective under review: its key results' scores, what the score means, its retrospective. */
export function ObjectiveReview({ objective: o, cycleId, readOnly }: Props) {
  const titleId = useId();
  const needsPostmortem = !!o.expectation?.needsPostmortem;
  const owesPostmortem = postmortemMissing(o.expectation, o.retro?.missed);
  // Scores and the retrospective live in the owner's document: view only if it is.
  const viewOnly = useGoalsViewOnly({ id: o.ownerId, name: o.ownerName, kind: o.ownerKind ?? '' });
  const locked = readOnly || !!viewOnly;
  return (
    <section className="review-objective" aria-labelledby={titleId}>
      <header className="review-objective__head">
        <h3 id={titleId}>{o.title}</h3>
        <span className={`badge badge--${o.type}`}>{TYPE_LABELS[o.type]}</span>
        <BandChip score={o.score} band={o.band} />
      </header>
      <p className="muted small">
        {o.ownerName}
        {o.carried ? ' · carried over' : ''}
      </p>
      {o.expectation ? (
        <p className={`review-expectation review-expectation--${o.expectation.kind}`}>
          {o.expectation.message}
          {owesPostmortem ? <span className="pill review-pill">Postmortem needed</span> : null}
        </p>
      ) : (
        <p className="muted">No key results to score.</p>
      )}
      {viewOnly && !readOnly ? <ViewOnlyNote reason={viewOnly} /> : null}
      <ul className="kr-scores">
        {o.keyResults.map((k) => (
          <KrScoreRow key={k.id} kr={k} readOnly={locked} />
        ))}
      </ul>
      <details className="review-retro" open={needsPostmortem || !!o.retro || undefined}>
        <summary>Retrospective</summary>
        <RetroForm
          cycleId={cycleId}
          objectiveId={o.id}
          retro={o.retro}
          label={`Retrospective of ${o.title}`}
          postmortem={needsPostmortem}
          readOnly={locked}
        />
      </details>
    </section>
  );
}
