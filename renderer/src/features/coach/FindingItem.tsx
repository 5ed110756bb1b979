import { useState } from 'react';
import { principleLabel, type DismissedFinding, type Finding } from '@shared/domain/coach';
import { dismissFinding, reopenFinding } from '../../db/commands/coach';
import { restoreDeleted } from '../../db/commands/softDelete';
import { ValidationError } from '../../db/records';
import { deleteWithUndo } from '../../store/ui';
import { reportError } from '../../ui/errors';

export interface Props {
  finding: Finding | DismissedFinding;
  /** Owner of the subject: set when the finding may be dismissed (saved subjects only). */
  ownerId?: string | null;
  /** Show what the finding is about (in the cycle panel), with a way to open it. */
  onOpen?: (objectiveId: string) => void;
  compact?: boolean;
}

export const SEVERITY_LABELS = { error: 'Error', warning: 'Warning', info: 'Advice' } as const;

/** One coach finding: what is wrong, the fix, the method's principle, and dismiss with a reason. */
export function FindingItem({ finding: f, ownerId, onOpen, compact }: Props) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dismissed = 'dismissal' in f ? f.dismissal : null;

  const dismiss = async () => {
    try {
      await dismissFinding({
        ruleId: f.ruleId,
        subjectId: f.subject.id,
        ownerId: ownerId ?? '',
        reason,
      });
      setAsking(false);
    } catch (err) {
      if (err instanceof ValidationError) setError(err.errors.reason ?? err.message);
      else reportError(err);
    }
  };
  const reopen = () =>
    dismissed &&
    deleteWithUndo('dismissal', () => reopenFinding(dismissed.id), restoreDeleted).catch(
      reportError,
    );

  return (
    <li className={`finding finding--${f.severity}${dismissed ? ' finding--dismissed' : ''}`}>
      <span className="finding__severity">{SEVERITY_LABELS[f.severity]}</span>
      <div className="finding__body">
        {onOpen && f.objectiveId ? (
          <button
            type="button"
            className="link finding__subject"
            onClick={() => onOpen(f.objectiveId!)}
          >
            {f.subject.kind === 'keyResult' ? `Key result: ${f.subject.title}` : f.subject.title}
          </button>
        ) : null}
        <p className="finding__message">{f.message}</p>
        <p className="finding__fix">{f.fix}</p>
        {compact ? null : (
          <p className="finding__principle">Method: {principleLabel(f.principle)}</p>
        )}
        {dismissed ? (
          <p className="finding__dismissed">
            Dismissed: “{dismissed.reason}”{' '}
            <button type="button" className="link" onClick={reopen}>
              Reopen
            </button>
          </p>
        ) : ownerId && !asking ? (
          <button
            type="button"
            className="link"
            onClick={() => setAsking(true)}
            aria-label={`Dismiss: ${f.message}`}
          >
            Dismiss…
          </button>
        ) : null}
        {asking ? (
          // Not a <form>: hints sit inside the forms they coach, and forms cannot nest.
          <div className="finding__dismiss" role="group" aria-label="Dismiss this finding">
            <label>
              Why dismiss it?
              <input
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), void dismiss())}
                aria-invalid={!!error}
                autoFocus
              />
            </label>
            {error ? (
              <p className="field__error" role="alert">
                {error}
              </p>
            ) : null}
            <button type="button" onClick={() => void dismiss()}>
              Dismiss
            </button>
            <button type="button" onClick={() => (setAsking(false), setError(null))}>
              Cancel
            </button>
          </div>
        ) : null}
      </div>
    </li>
  );
}
