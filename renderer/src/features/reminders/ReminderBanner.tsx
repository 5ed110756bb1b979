import { reminderHeadline, type ReminderPlan } from '@shared/domain/reminders';
import { useFormat } from '../settings/useFormat';
import './reminders.css';

export interface Props {
  plan: ReminderPlan;
  onStart: () => void;
  onDismiss: () => void;
}

/**
 * The in-app reminder, when no desktop notification could be shown: how many key results are
 * due and how long it takes, the ones silent too long by name, and the way into the session.
 */
export function ReminderBanner({ plan, onStart, onDismiss }: Props) {
  const f = useFormat();
  return (
    <section className="reminder-banner" aria-label="Check-in reminder">
      <div className="reminder-banner__text">
        <p className="reminder-banner__headline">{reminderHeadline(plan, f.locale)}</p>
        {plan.stale.length > 0 ? (
          <p className="reminder-banner__stale">
            Silent too long: {plan.stale.map((s) => s.title).join(', ')}
          </p>
        ) : null}
      </div>
      <button type="button" className="primary" onClick={onStart}>
        Start check-in
      </button>
      <button
        type="button"
        className="reminder-banner__dismiss"
        aria-label="Dismiss the check-in reminder"
        onClick={onDismiss}
      >
        Not now
      </button>
    </section>
  );
}
