import { SEVEN_STEPS } from '../../../../shared/domain/planning';
import type { PlanningTab } from './planningStore';

export interface Props {
  current: PlanningTab;
  onChange: (tab: PlanningTab) => void;
}

const TABS: { id: PlanningTab; label: string; leaf?: string }[] = [
  ...SEVEN_STEPS.map((s) => ({ id: s.id as PlanningTab, label: s.label, leaf: s.leaf })),
  { id: 'pack', label: 'Meeting pack' },
];

/** The method's seven steps as tabs, plus the meeting pack; arrow keys move between them. */
export function StepNav({ current, onChange }: Props) {
  const move = (dir: 1 | -1) => {
    const i = TABS.findIndex((t) => t.id === current);
    const next = TABS[(i + dir + TABS.length) % TABS.length]!;
    onChange(next.id);
    requestAnimationFrame(() => document.getElementById(`planning-tab-${next.id}`)?.focus());
  };
  return (
    <div
      className="steps no-print"
      role="tablist"
      aria-label="Seven steps to the OKR meeting"
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') {
          e.preventDefault();
          move(1);
        }
        if (e.key === 'ArrowLeft') {
          e.preventDefault();
          move(-1);
        }
      }}
    >
      {TABS.map((t, i) => (
        <button
          key={t.id}
          id={`planning-tab-${t.id}`}
          type="button"
          role="tab"
          aria-selected={t.id === current}
          aria-controls="planning-panel"
          tabIndex={t.id === current ? 0 : -1}
          className={`steps__tab${t.id === current ? ' is-current' : ''}`}
          title={t.leaf ? `Method: ${t.leaf}` : undefined}
          onClick={() => onChange(t.id)}
        >
          {t.leaf ? <span className="steps__num">{i + 1}</span> : null}
          {t.label}
        </button>
      ))}
    </div>
  );
}
