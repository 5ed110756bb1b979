import type { KeyboardEvent, Ref } from 'react';
import type { KeyResult, Milestone } from '@shared/domain/model';

export interface Props {
  kr: KeyResult;
  value: string;
  onValue: (v: string) => void;
  done: boolean;
  onDone: (v: boolean) => void;
  milestones: Milestone[];
  onMilestones: (m: Milestone[]) => void;
  inputRef: Ref<HTMLInputElement>;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  invalid: { 'aria-invalid': boolean; 'aria-describedby'?: string };
}

/** The session's first field, shaped by the kind: a number, a "Done" box, or milestones. */
export function ValueField({
  kr,
  value,
  onValue,
  done,
  onDone,
  milestones,
  onMilestones,
  inputRef,
  onKeyDown,
  invalid,
}: Props) {
  return kr.kind === 'binary' ? (
    <label className="check">
      <input
        ref={inputRef}
        type="checkbox"
        autoFocus
        checked={done}
        onChange={(e) => onDone(e.target.checked)}
        onKeyDown={onKeyDown}
      />
      Done
    </label>
  ) : kr.kind === 'milestones' ? (
    <fieldset className="milestones">
      <legend>Milestones reached</legend>
      {milestones.map((m, i) => (
        <label key={m.id} className="check">
          <input
            ref={i === 0 ? inputRef : undefined}
            type="checkbox"
            autoFocus={i === 0}
            checked={m.done}
            onChange={(e) =>
              onMilestones(
                milestones.map((x) => (x.id === m.id ? { ...x, done: e.target.checked } : x)),
              )
            }
            onKeyDown={onKeyDown}
          />
          {m.title}
        </label>
      ))}
    </fieldset>
  ) : (
    <>
      <label htmlFor="session-value">New value{kr.unit ? ` (${kr.unit})` : ''}</label>
      <input
        id="session-value"
        ref={inputRef}
        inputMode="decimal"
        autoFocus
        value={value}
        onFocus={(e) => e.target.select()}
        onChange={(e) => onValue(e.target.value)}
        onKeyDown={onKeyDown}
        {...invalid}
      />
    </>
  );
}
