import type { RetroText } from '@shared/report/review';

export interface Props {
  retro: RetroText;
}

// Lessons are left out: "Lessons of the cycle" prints every one of them once, with its source.
const PARTS: [keyof RetroText, string][] = [
  ['wentWell', 'What went well'],
  ['missed', 'Why targets were missed'],
  ['nextSteps', 'What to change next time'],
];

/** A retrospective's four parts; line breaks the author typed are kept (as text, not HTML). */
export function RetroBlock({ retro }: Props) {
  return (
    <dl className="report-retro">
      {PARTS.filter(([k]) => retro[k].trim()).map(([k, label]) => (
        <div key={k} className="report-keep">
          <dt>{label}</dt>
          <dd className="report-text">{retro[k]}</dd>
        </div>
      ))}
    </dl>
  );
}
