import { useState } from 'react';
import { formatScore, type ReportKeyResult } from '@shared/report/review';
import { keyResultNow } from '@shared/format/keyResultReading';
import { parseNumberInput } from '@shared/domain/validation';
import { clearScore, setScore } from '../../db/commands/review';
import { restoreDeleted } from '../../db/commands/softDelete';

import { changeWithUndo } from '../../store/ui';
import { Field } from '../../ui/Field';
import { reportFieldErrors } from '../../ui/errors';
import { BandChip } from './BandChip';

export interface Props {
  kr: ReportKeyResult;
  readOnly: boolean;
}

/** A key result's final score: proposed from progress, editable with a reason. */
export function KrScoreRow({ kr, readOnly }: Props) {
  const [draft, setDraft] = useState({ score: formatScore(kr.score), reason: kr.reason });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [synced, setSynced] = useState({ score: kr.score, reason: kr.reason });
  // A save elsewhere (another window, Undo) replaces the draft.
  if (synced.score !== kr.score || synced.reason !== kr.reason) {
    setSynced({ score: kr.score, reason: kr.reason });
    setDraft({ score: formatScore(kr.score), reason: kr.reason });
  }
  const save = async () => {
    const n = parseNumberInput(draft.score);
    if (n === null) return setErrors({ score: 'Score must be a number from 0.0 to 1.0' });
    try {
      await setScore(kr.id, { score: n, reason: draft.reason });
      setErrors({});
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };
  const differs = parseNumberInput(draft.score) !== kr.proposed;
  return (
    <li className="kr-score">
      <div className="kr-score__head">
        <strong className="kr-score__title">{kr.title}</strong>
        <BandChip score={kr.score} band={kr.band} />
      </div>
      <p className="muted small">
        {keyResultNow(kr)} · progress {Math.round(kr.progress * 100)} % · proposed{' '}
        {formatScore(kr.proposed)}
        {kr.scoreSet ? ' · score set' : ''}
      </p>
      {readOnly ? (
        kr.reason ? (
          <p className="small">Reason: {kr.reason}</p>
        ) : null
      ) : (
        <form
          className="kr-score__form"
          aria-label={`Score of ${kr.title}`}
          onSubmit={(e) => (e.preventDefault(), void save())}
          noValidate
        >
          <Field label="Score" error={errors.score}>
            {(p) => (
              <input
                {...p}
                className="kr-score__input"
                inputMode="decimal"
                value={draft.score}
                onChange={(e) => setDraft({ ...draft, score: e.target.value })}
              />
            )}
          </Field>
          <Field
            label="Reason"
            error={errors.reason}
            hint={differs ? 'Why the score differs from the proposed one' : 'Optional'}
          >
            {(p) => (
              <input
                {...p}
                value={draft.reason}
                onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
              />
            )}
          </Field>
          <div className="kr-score__actions">
            <button type="submit">Save score</button>
            {kr.scoreSet ? (
              <button
                type="button"
                className="link"
                onClick={() =>
                  void changeWithUndo({
                    run: () => clearScore(kr.id),
                    reverse: restoreDeleted,
                    message: `“${kr.title}” uses the proposed score again`,
                    label: `Undo using the proposed score for “${kr.title}”`,
                    undone: `Your score for “${kr.title}” is back`,
                  }).catch(reportError)
                }
              >
                Use proposed
              </button>
            ) : null}
          </div>
        </form>
      )}
    </li>
  );
}
