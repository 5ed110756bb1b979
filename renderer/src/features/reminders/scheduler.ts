import {
  planReminder,
  shouldNotify,
  slotKey,
  type ReminderInput,
  type ReminderPlan,
} from '@shared/domain/reminders';

// setTimeout holds at most 2^31 - 1 ms (24.8 days); a check-in is at most a week away anyway.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Where the last reminded check-in moment (its `slotKey`) is kept, so a restart in the same
 * week does not remind again. Absent: kept in memory only.
 */
export interface ReminderMemory {
  read(): Promise<string | null>;
  write(slot: string): Promise<void>;
}

export interface ReminderSchedulerOptions {
  /** This week's reminder, once per check-in moment, when something is due. */
  notify(plan: ReminderPlan): void;
  memory?: ReminderMemory;
  now?: () => Date;
}

/**
 * Works out the reminder (the pure `planReminder`) and keeps it current with one timer armed
 * for the next check-in moment. `update` re-plans when the data or the settings change, `wake`
 * when the window comes back (a frozen timer after sleep, a hidden tab). Knows no React, no
 * database and no host, so it is tested with fake timers; features/reminders wires it up.
 */
export class ReminderScheduler {
  private input: Omit<ReminderInput, 'now'> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastShown: string | null = null;
  /** Whether `lastShown` holds what the memory kept; no reminder is shown before it does. */
  private recalled: 'no' | 'reading' | 'yes';
  private plan: ReminderPlan | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => Date;

  constructor(private readonly options: ReminderSchedulerOptions) {
    this.now = options.now ?? (() => new Date());
    this.recalled = options.memory ? 'no' : 'yes';
  }

  /** The plan as of the last look; undefined until the first `update`. */
  current = (): ReminderPlan | undefined => this.plan;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  update(input: Omit<ReminderInput, 'now'>): void {
    this.input = input;
    this.evaluate();
  }

  wake(): void {
    this.evaluate();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private evaluate(): void {
    if (!this.input) return;
    const now = this.now();
    const plan = planReminder({ ...this.input, now });
    this.plan = plan;
    for (const l of this.listeners) l();
    if (this.recall() && shouldNotify(plan, this.lastShown)) {
      this.lastShown = slotKey(plan.slot);
      void this.options.memory?.write(this.lastShown).catch(() => undefined);
      this.options.notify(plan);
    }
    this.stop();
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, plan.next.getTime() - now.getTime()));
    this.timer = setTimeout(() => this.evaluate(), wait);
  }

  /** True once the last reminded moment is known; the first call starts reading it. */
  private recall(): boolean {
    if (this.recalled === 'yes') return true;
    if (this.recalled === 'no' && this.options.memory) {
      this.recalled = 'reading';
      this.options.memory
        .read()
        .then(
          (kept) => void (this.lastShown = kept ?? this.lastShown),
          // Unreadable: remind (perhaps once more) rather than never.
          () => undefined,
        )
        .finally(() => {
          this.recalled = 'yes';
          this.evaluate();
        });
    }
    return false;
  }
}
