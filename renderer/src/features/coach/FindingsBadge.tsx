import { useId, useState } from 'react';
import type { Finding } from '@shared/domain/coach';
import { SEVERITY_LABELS } from './FindingItem';
import './coach.css';

export interface Props {
  findings: readonly Finding[];
  /** Draw the list beside the badge (cards, proposals) or leave it to a tooltip (map nodes). */
  expandable?: boolean;
}

const worst = (fs: readonly Finding[]): Finding['severity'] =>
  fs.some((f) => f.severity === 'error')
    ? 'error'
    : fs.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'info';

/**
 * How many coach findings an objective draws, where the objective is shown; opening it lists
 * them (what is wrong, about which title, and the fix). Nothing is drawn when there are none.
 */
export function FindingsBadge({ findings, expandable = true }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (findings.length === 0) return null;
  const label = `${findings.length} coach finding${findings.length === 1 ? '' : 's'}`;
  const summary = findings.map((f) => `${f.subject.title}: ${f.message}`).join('\n');
  const className = `coach-badge coach-badge--${worst(findings)} nodrag nopan`;
  if (!expandable)
    return (
      <span className={className} role="img" aria-label={label} title={summary}>
        {findings.length}
      </span>
    );
  return (
    <span className="coach-badge__wrap">
      <button
        type="button"
        className={className}
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        title={label}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(!open);
        }}
      >
        <span aria-hidden="true">✦</span> {findings.length}
      </button>
      {open ? (
        <ul id={listId} className="coach-badge__list" aria-label={label}>
          {findings.map((f) => (
            <li key={`${f.ruleId}:${f.subject.id}`} className={`finding finding--${f.severity}`}>
              <span className="finding__severity">{SEVERITY_LABELS[f.severity]}</span>
              <div className="finding__body">
                <p className="muted small">{f.subject.title}</p>
                <p className="finding__message">{f.message}</p>
                <p className="small">{f.fix}</p>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  );
}
