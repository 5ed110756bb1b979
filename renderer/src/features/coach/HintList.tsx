import type { DismissedFinding, Finding } from '@shared/domain/coach';
import { FindingItem } from './FindingItem';
import './coach.css';

export interface Props {
  findings: readonly Finding[];
  dismissed?: readonly DismissedFinding[];
  ownerId?: string | null;
}

/** Live findings under a title field; announced politely so typing is never interrupted. */
export function HintList({ findings, dismissed = [], ownerId }: Props) {
  return (
    <div className="coach-hints" role="status" aria-live="polite">
      {findings.length ? (
        <ul aria-label="Coach" className="coach-hints__list">
          {findings.map((f) => (
            <FindingItem
              key={`${f.ruleId}:${f.subject.id}`}
              finding={f}
              ownerId={ownerId}
              compact
            />
          ))}
        </ul>
      ) : null}
      {dismissed.length ? (
        <p className="muted small">
          {dismissed.length} dismissed finding{dismissed.length === 1 ? '' : 's'} (see the coach
          panel)
        </p>
      ) : null}
    </div>
  );
}
