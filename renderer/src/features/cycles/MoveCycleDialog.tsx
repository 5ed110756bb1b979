import { useState } from 'react';
import { toIsoDate } from '@shared/domain/cycle';
import { describeCycleMove } from '@shared/domain/cycleMoves';
import type { CycleState } from '@shared/domain/model';
import { ValidationError } from '../../db/records';
import { useUi } from '../../store/ui';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { reportError } from '../../ui/errors';
import { useStaleDays } from '../checkins/useCheckInData';
import { useLocale } from '../settings/useFormat';
import { useCurrentCycle, useToday } from '../workspace';
import { confirmCycleMove } from './cycleMove';

export interface Props {
  cycleId: string;
  to: Exclude<CycleState, 'closed'>;
}

/** Says what moving the open cycle changes before it happens; Cancel has the focus. */
export function MoveCycleDialog({ cycleId, to }: Props) {
  const close = () => useUi.getState().openDialog(null);
  const cycle = useCurrentCycle();
  const today = toIsoDate(useToday());
  const staleDays = useStaleDays();
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The dialog belongs to the cycle it was opened for; another cycle opened meanwhile closes it.
  if (!cycle || cycle.id !== cycleId) return null;
  const text = describeCycleMove(cycle, to, today, staleDays, locale);
  const submit = async () => {
    setBusy(true);
    try {
      await confirmCycleMove(cycle, to, today);
      close();
    } catch (err) {
      if (err instanceof ValidationError) setError(err.message);
      else reportError(err);
      setBusy(false);
    }
  };
  return (
    <Dialog title={text.title} onClose={close}>
      <form onSubmit={(e) => (e.preventDefault(), void submit())}>
        <p>{text.summary}</p>
        <ul className="move-cycle__consequences">
          {text.consequences.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <p className="muted small">You can undo this from the message or with Ctrl/⌘ Z.</p>
        <DialogActions error={error} onCancel={close} confirm={text.confirm} disabled={busy} />
      </form>
    </Dialog>
  );
}
