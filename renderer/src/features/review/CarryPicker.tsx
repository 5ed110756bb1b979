import type { CarryObjective } from '@shared/domain/carryOver';
import { formatScore } from '@shared/report/review';

export interface Props {
  objectives: readonly CarryObjective[];
  /** Picked objectives, each with its ticked key results. */
  chosen: ReadonlyMap<string, ReadonlySet<string>>;
  ownerName: (id: string) => string;
  onToggleObjective: (o: CarryObjective) => void;
  onToggleKeyResult: (objectiveId: string, keyResultId: string) => void;
}

/**
 * Objectives to carry into the next cycle and, under each one picked, its key results:
 * achieved ones start unticked, and one that reached its target cannot be carried.
 */
export function CarryPicker({
  objectives,
  chosen,
  ownerName,
  onToggleObjective,
  onToggleKeyResult,
}: Props) {
  return (
    <fieldset className="carry-list">
      <legend>
        Carry into the next cycle: each key result starts from its last value, at 0 %, with its
        initiatives.
      </legend>
      {objectives.length === 0 ? <p className="muted">No objectives to carry.</p> : null}
      {objectives.map((o) => {
        const krs = chosen.get(o.id);
        return (
          <div key={o.id} className="carry-list__objective">
            <label className="check carry-list__item">
              <input type="checkbox" checked={!!krs} onChange={() => onToggleObjective(o)} />
              <span>{o.title}</span>
              <span className="muted small">
                {ownerName(o.ownerId)} · {formatScore(o.score)}
              </span>
            </label>
            {krs && o.keyResults.length ? (
              <fieldset className="carry-list__krs">
                <legend className="sr-only">Key results of {o.title}</legend>
                {o.keyResults.map((k) => (
                  <label key={k.id} className="check carry-list__kr">
                    <input
                      type="checkbox"
                      checked={krs.has(k.id)}
                      disabled={!!k.refusal}
                      title={k.refusal ?? undefined}
                      onChange={() => onToggleKeyResult(o.id, k.id)}
                    />
                    <span>{k.title}</span>
                    {k.refusal ? (
                      <span className="muted small">reached its target: not carried</span>
                    ) : k.achieved ? (
                      <span className="muted small">achieved</span>
                    ) : null}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
