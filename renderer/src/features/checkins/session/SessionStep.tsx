import { useRef, useState, type KeyboardEvent } from 'react';
import { KR_KIND_LABELS, type CheckIn, type Milestone } from '@shared/domain/model';
import { checkIn } from '../../../db/commands/checkins';
import { ValidationError } from '../../../db/records';
import { reportError } from '../../../ui/errors';
import { figuresOf, readKeyResult } from '@shared/format/keyResultReading';
import { useFormat } from '../../settings/useFormat';
import { useToday } from '../../workspace';
import type { OwnedKeyResult } from '../useCheckInData';
import { confidenceFromText, valueFromText } from './parseFields';
import { ValueField } from './ValueField';

export interface Props {
  item: OwnedKeyResult;
  position: number;
  count: number;
  last: CheckIn | undefined;
  onSaved: () => void;
  onSkip: () => void;
  onBack: (() => void) | null;
  onEnd: () => void;
}

type FieldName = 'value' | 'confidence' | 'note' | 'blockers';
const ORDER: FieldName[] = ['value', 'confidence', 'note', 'blockers'];

/**
 * One key result in the session. Enter moves value → confidence → note → blockers → saves and
 * goes on; Ctrl/⌘+Enter saves from anywhere; Escape ends the session.
 */
export function SessionStep({
  item,
  position,
  count,
  last,
  onSaved,
  onSkip,
  onBack,
  onEnd,
}: Props) {
  const { kr, objective } = item;
  const f = useFormat();
  const today = useToday();
  const [value, setValue] = useState(String(kr.current));
  const [done, setDone] = useState(kr.current >= 1);
  const [milestones, setMilestones] = useState<Milestone[]>(kr.milestones);
  const [confidence, setConfidence] = useState(kr.confidence === null ? '' : String(kr.confidence));
  const [note, setNote] = useState('');
  const [blockers, setBlockers] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const refs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});
  const focus = (f: FieldName) => refs.current[f]?.focus();

  const save = async () => {
    const ticks = Object.fromEntries(milestones.map((m) => [m.id, m.done]));
    try {
      await checkIn(kr.id, {
        ...(kr.kind === 'binary'
          ? { done }
          : kr.kind === 'milestones'
            ? { milestoneTicks: ticks }
            : { value: valueFromText(value) }),
        confidence: confidenceFromText(confidence),
        note,
        blockers,
      });
      onSaved();
    } catch (err) {
      if (!(err instanceof ValidationError)) return reportError(err);
      setErrors(err.errors);
      const first = ORDER.find((f) => err.errors[f]);
      if (first) focus(first);
    }
  };

  const onKey = (field: FieldName) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') return (e.preventDefault(), onEnd());
    if (e.key !== 'Enter' || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const next = ORDER[ORDER.indexOf(field) + 1];
    if (e.ctrlKey || e.metaKey || !next) void save();
    else focus(next);
  };
  const errorProps = (f: string) => ({
    'aria-invalid': !!errors[f],
    'aria-describedby': errors[f] ? `session-${f}-error` : undefined,
  });
  const errorText = (f: string) =>
    errors[f] ? (
      <p className="field__error" id={`session-${f}-error`} role="alert">
        {errors[f]}
      </p>
    ) : null;

  return (
    <form
      className="session-step"
      aria-label={`Check in on ${kr.title}`}
      onSubmit={(e) => (e.preventDefault(), void save())}
      noValidate
    >
      <p className="muted small">
        Key result {position} of {count} · {objective.title}
      </p>
      <h2 className="session-step__title">{kr.title}</h2>
      <p className="muted small">
        {KR_KIND_LABELS[kr.kind]} · {readKeyResult(figuresOf(kr))}
        {last
          ? ` · last check-in ${f.daysFrom(last.at, today)}${last.confidence !== null ? `, confidence ${last.confidence}/10` : ''}`
          : ' · no check-in yet'}
      </p>
      <div className="session-step__fields">
        <div className="field">
          <ValueField
            kr={kr}
            value={value}
            onValue={setValue}
            done={done}
            onDone={setDone}
            milestones={milestones}
            onMilestones={setMilestones}
            inputRef={(el) => void (refs.current.value = el)}
            onKeyDown={onKey('value')}
            invalid={errorProps('value')}
          />
          {errorText('value')}
        </div>
        <div className="field">
          <label htmlFor="session-confidence">Confidence (0–10)</label>
          <input
            id="session-confidence"
            ref={(el) => void (refs.current.confidence = el)}
            inputMode="numeric"
            value={confidence}
            onFocus={(e) => e.target.select()}
            onChange={(e) => setConfidence(e.target.value)}
            onKeyDown={onKey('confidence')}
            {...errorProps('confidence')}
          />
          {errorText('confidence')}
        </div>
      </div>
      <div className="field">
        <label htmlFor="session-note">Note</label>
        <input
          id="session-note"
          ref={(el) => void (refs.current.note = el)}
          value={note}
          placeholder="What moved, and why you feel this confident"
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={onKey('note')}
        />
      </div>
      <div className="field">
        <label htmlFor="session-blockers">Blockers</label>
        <input
          id="session-blockers"
          ref={(el) => void (refs.current.blockers = el)}
          value={blockers}
          placeholder="What stands in the way, if anything"
          onChange={(e) => setBlockers(e.target.value)}
          onKeyDown={onKey('blockers')}
        />
      </div>
      {errors.at || errors.id || errors.cycleId || errors.milestones ? (
        <p className="field__error" role="alert">
          {errors.at ?? errors.id ?? errors.cycleId ?? errors.milestones}
        </p>
      ) : null}
      <div className="session-step__actions">
        <button type="submit" className="primary">
          {position === count ? 'Save and finish' : 'Save and next'}
        </button>
        <button type="button" onClick={onSkip}>
          Skip
        </button>
        {onBack ? (
          <button type="button" onClick={onBack}>
            Back
          </button>
        ) : null}
        <button type="button" className="link" onClick={onEnd}>
          End session
        </button>
        <span className="muted small">
          <kbd>Enter</kbd> next field · <kbd>Ctrl/⌘ Enter</kbd> save · <kbd>Esc</kbd> end
        </span>
      </div>
    </form>
  );
}
