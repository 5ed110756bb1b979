import { useState } from 'react';
import type { RetroText } from '@shared/report/review';
import { saveRetro } from '../../db/commands/review';

import { useUi } from '../../store/ui';
import { Field } from '../../ui/Field';
import { reportFieldErrors } from '../../ui/errors';

export interface Props {
  cycleId: string;
  objectiveId: string | null;
  /** For the cycle's retrospective: the unit writing it. */
  ownerId?: string;
  retro: RetroText | null;
  /** Names the form, e.g. "Retrospective of Become the go-to person…". */
  label: string;
  /** Committed objectives below 1.0: the "missed" part is the postmortem they owe. */
  postmortem?: boolean;
  readOnly: boolean;
}

const EMPTY: RetroText = { wentWell: '', missed: '', lessons: '', nextSteps: '' };

/** What went well, why targets were missed, lessons, what to change next time. */
export function RetroForm({
  cycleId,
  objectiveId,
  ownerId,
  retro,
  label,
  postmortem,
  readOnly,
}: Props) {
  const [draft, setDraft] = useState<RetroText>(retro ?? EMPTY);
  const [base, setBase] = useState(retro);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (base !== retro && JSON.stringify(base) !== JSON.stringify(retro)) {
    setBase(retro);
    setDraft(retro ?? EMPTY);
  }
  const dirty = JSON.stringify(draft) !== JSON.stringify(retro ?? EMPTY);
  const save = async () => {
    try {
      await saveRetro({ cycleId, objectiveId, ownerId, ...draft });
      setErrors({});
      useUi.getState().toast('Retrospective saved');
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };
  const area = (key: keyof RetroText, title: string, hint?: string) => (
    <Field label={title} error={errors[key]} hint={hint}>
      {(p) => (
        <textarea
          {...p}
          rows={2}
          value={draft[key]}
          readOnly={readOnly}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form
      className="retro-form"
      aria-label={label}
      onSubmit={(e) => (e.preventDefault(), void save())}
      noValidate
    >
      {area('wentWell', 'What went well')}
      {area(
        'missed',
        postmortem ? 'Postmortem: why was it missed?' : 'Why targets were missed',
        postmortem
          ? 'Committed objectives are expected at 1.0: a line on what fell short'
          : undefined,
      )}
      {area('lessons', 'Lessons')}
      {area('nextSteps', 'What to change next time')}
      {readOnly ? null : (
        <button type="submit" disabled={!dirty}>
          Save retrospective
        </button>
      )}
    </form>
  );
}
