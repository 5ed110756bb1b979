import type { CheckIn, Cycle } from '@shared/domain/model';
import { formatPercent } from '@shared/domain/progress';
import { valueSeries } from '@shared/domain/history';
import { formatValue } from '@shared/report/weeklyFormat';
import { Sparkline } from '../../../ui/charts/Sparkline';
import { StatusPill } from '../../../ui/Progress';
import { useFormat } from '../../settings/useFormat';
import { groupBy } from '../../../db/queries';
import { krStateOn } from '../krState';
import { useFinalScores } from '../useCheckInData';
import { useUi } from '../../../store/ui';
import type { OwnedKeyResult } from '../useCheckInData';

export interface Props {
  items: OwnedKeyResult[];
  histories: Map<string, CheckIn[]>;
  cycle: Cycle;
  /** The day shown: today, or the "as of" date. */
  date: string;
  staleDays: number;
}

/** The owner's key results by objective, as they stand on `date`; a click opens the history. */
export function KrList({ items, histories, cycle, date, staleDays }: Props) {
  const selected = useUi((s) => s.selection);
  const finalScores = useFinalScores(cycle);
  const f = useFormat();
  const groups = [...groupBy(items, (i) => i.objective.id).values()];
  return (
    <div className="kr-board">
      {groups.map((list) => {
        const objective = list[0]!.objective;
        return (
          <section
            key={objective.id}
            className="kr-board__group"
            aria-label={`Key results of ${objective.title}`}
          >
            <h3>
              <button
                type="button"
                className={`link-button${selected?.id === objective.id ? ' is-selected' : ''}`}
                aria-label={`Progress of ${objective.title} over time`}
                onClick={() => useUi.getState().pick({ kind: 'objective', id: objective.id })}
              >
                {objective.title}
              </button>
            </h3>
            <ul className="kr-board__list">
              {list.map(({ kr }) => {
                const history = histories.get(kr.id) ?? [];
                const state = krStateOn(
                  kr,
                  history,
                  cycle,
                  date,
                  staleDays,
                  finalScores?.get(kr.id),
                );
                const values = valueSeries(history.filter((c) => c.at <= date)).map((p) => p.value);
                const shape = { ...kr, milestoneCount: kr.milestones.length };
                return (
                  <li
                    key={kr.id}
                    className={`kr-board__row${selected?.id === kr.id ? ' is-selected' : ''}`}
                  >
                    <button
                      type="button"
                      className="kr-board__title"
                      aria-label={`History of ${kr.title}`}
                      onClick={() =>
                        useUi
                          .getState()
                          .pick({ kind: 'keyResult', id: kr.id, objectiveId: kr.objectiveId })
                      }
                    >
                      {kr.title}
                    </button>
                    <Sparkline
                      values={values.length ? values : [state.kr.current]}
                      label={
                        values.length
                          ? `Trend of ${kr.title}: ${f.count(values.length, 'check-in')}, latest ${formatValue(shape, values[values.length - 1]!)}`
                          : `No check-ins of ${kr.title} yet`
                      }
                    />
                    <span className="kr-board__value">{formatValue(shape, state.kr.current)}</span>
                    <span className="muted small kr-board__pct">
                      {formatPercent(state.progress)}
                    </span>
                    <StatusPill status={state.status} />
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
