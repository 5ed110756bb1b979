import { SEVEN_STEPS } from '@shared/domain/planning';
import type { PlanningTab } from '../../store/planningSlice';

export interface Props {
  current: PlanningTab;
  onChange: (tab: PlanningTab) => void;
}

const TABS: { id: PlanningTab; label: string; short: string; leaf?: string }[] = [
  ...SEVEN_STEPS.map((s) => ({
    id: s.id as PlanningTab,
    label: s.label,
    short: s.short,
    leaf: s.leaf,
  })),
  { id: 'pack', label: 'Meeting pack', short: 'Pack' },
];

/** The longest labels give way to their short form first, before every tab does. */
const SQUEEZE_FIRST = new Set<PlanningTab>(['introduce', 'correlate']);

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
          className={`steps__tab${t.id === current ? ' is-current' : ''}${SQUEEZE_FIRST.has(t.id) ? ' steps__tab--squeeze' : ''}`}
          title={t.leaf ? `${t.label} (method: ${t.leaf})` : t.label}
          // The name stays the full label while a narrow window shows the short one.
          aria-label={t.label}
          onClick={() => onChange(t.id)}
        >
          {t.leaf ? <span className="steps__num">{i + 1}</span> : null}
          <span className="steps__label">{t.label}</span>
          <span className="steps__short" aria-hidden="true">
            {t.short}
          </span>
        </button>
      ))}
    </div>
  );
}
