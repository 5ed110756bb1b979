import { useMemo } from 'react';
import { RULES_BY_ID, principleLabel, type Finding } from '@shared/domain/coach';
import { useUi } from '../../store/ui';
import { FindingItem } from './FindingItem';
import { HealthMeter } from './HealthMeter';
import { useCycleCoach } from './useCycleCoach';
import './coach.css';

export interface Props {
  cycleId: string;
}

/** The coach over the whole cycle: plan health, findings grouped by rule, dismissed ones kept. */
export function CoachPanel({ cycleId }: Props) {
  const coach = useCycleCoach(cycleId);
  const open = (id: string) => useUi.getState().select({ kind: 'objective', id });
  const groups = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of coach?.report.findings ?? []) {
      const name = RULES_BY_ID.get(f.ruleId)?.name ?? f.ruleId;
      m.set(name, [...(m.get(name) ?? []), f]);
    }
    return [...m];
  }, [coach]);
  if (!coach) return null;
  const { report, input } = coach;
  const ownerOf = new Map(input.objectives.map((o) => [o.id, o.ownerId ?? null]));
  const cycleOwner = (input.cycle as { ownerId?: string } | null)?.ownerId ?? null;
  const owner = (f: Finding) => (f.objectiveId ? ownerOf.get(f.objectiveId) : cycleOwner);
  const count = (s: Finding['severity']) => report.findings.filter((f) => f.severity === s).length;
  return (
    <section
      className="coach-panel"
      aria-labelledby="coach-panel-title"
      tabIndex={-1}
      id="coach-panel"
    >
      <header className="coach-panel__head">
        <h2 id="coach-panel-title">Coach</h2>
        <HealthMeter score={report.health} />
        <p className="muted small">
          {count('error')} errors · {count('warning')} warnings · {count('info')} advice ·{' '}
          {report.dismissed.length} dismissed
        </p>
      </header>
      {groups.length === 0 ? (
        <p className="coach-panel__ok">Nothing to flag: this plan follows the method.</p>
      ) : null}
      {groups.map(([name, fs]) => (
        <section key={name} className="coach-group" aria-label={`${name} (${fs.length})`}>
          <h3>
            {name} <span className="muted small">({fs.length})</span>
          </h3>
          <p className="muted small">{principleLabel(fs[0]!.principle)}</p>
          <ul className="coach-group__list">
            {fs.map((f) => (
              <FindingItem
                key={`${f.ruleId}:${f.subject.id}`}
                finding={f}
                ownerId={owner(f)}
                onOpen={open}
              />
            ))}
          </ul>
        </section>
      ))}
      {report.dismissed.length ? (
        <details className="coach-group">
          <summary>Dismissed ({report.dismissed.length})</summary>
          <ul className="coach-group__list">
            {report.dismissed.map((f) => (
              <FindingItem key={`${f.ruleId}:${f.subject.id}`} finding={f} onOpen={open} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
