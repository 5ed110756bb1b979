import { useState } from 'react';
import { useUi } from '../../../store/ui';
import type { OwnedKeyResult } from '../useCheckInData';
import { useHistories } from '../useCheckInData';
import type { Cycle } from '@shared/domain/model';
import { SessionStep } from './SessionStep';
import './session.css';

export interface Props {
  items: OwnedKeyResult[];
  cycle: Cycle;
  ownerName: string;
  /** Why the owner's key results were left out (view only in a team workspace), if they were. */
  viewOnly?: string | null;
}

/** Steps through every key result the owner holds in the open cycle, one screen each. */
export function SessionPanel({ items, cycle, ownerName, viewOnly = null }: Props) {
  // The list is fixed when the session starts, so saving a value never reorders the steps.
  const [steps] = useState(items);
  const [index, setIndex] = useState(0);
  const [saved, setSaved] = useState<string[]>([]);
  const histories = useHistories(
    steps.map((s) => s.kr.id),
    cycle,
  );
  const end = () => useUi.getState().openCheckInSession(false);

  if (steps.length === 0)
    return (
      <section className="session" aria-label="Check-in session">
        <p>{viewOnly ?? `${ownerName} holds no key results in ${cycle.name}.`}</p>
        <button type="button" onClick={end} autoFocus>
          Back
        </button>
      </section>
    );

  // Later steps read the live row, so going Back shows the value just saved.
  const step = steps[index] && (items.find((i) => i.kr.id === steps[index]!.kr.id) ?? steps[index]);
  if (!step) {
    const skipped = steps.filter((s) => !saved.includes(s.kr.id));
    return (
      <section className="session session--done" aria-label="Check-in session">
        <h2>All done</h2>
        <p role="status">
          Checked in on {saved.length} of {steps.length} key results
          {skipped.length ? `; skipped ${skipped.map((s) => s.kr.title).join(', ')}` : ''}.
        </p>
        <div className="row">
          <button type="button" className="primary" autoFocus onClick={end}>
            Back to check-ins
          </button>
          <button
            type="button"
            onClick={() => {
              end();
              useUi.getState().setView('reports');
            }}
          >
            Weekly report
          </button>
        </div>
      </section>
    );
  }
  const history = histories?.get(step.kr.id);
  return (
    <section className="session" aria-label="Check-in session">
      <div
        className="session__progress"
        role="progressbar"
        aria-label="Session progress"
        aria-valuemin={0}
        aria-valuemax={steps.length}
        aria-valuenow={index}
      >
        <div style={{ width: `${(index / steps.length) * 100}%` }} />
      </div>
      <SessionStep
        key={step.kr.id}
        item={step}
        position={index + 1}
        count={steps.length}
        last={history?.[history.length - 1]}
        onSaved={() => {
          setSaved((s) => [...new Set([...s, step.kr.id])]);
          setIndex(index + 1);
        }}
        onSkip={() => setIndex(index + 1)}
        onBack={index > 0 ? () => setIndex(index - 1) : null}
        onEnd={end}
      />
    </section>
  );
}
