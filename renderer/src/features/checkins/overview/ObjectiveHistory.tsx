import { useLiveQuery } from 'dexie-react-hooks';
import { objectiveProgressAt, objectiveProgressSeries } from '@shared/domain/history';
import type { Cycle } from '@shared/domain/model';
import { formatPercent } from '@shared/domain/progress';
import { formatValue } from '@shared/report/weeklyFormat';
import { isLive, live } from '../../../db/records';
import { db } from '../../../db/schema';
import { LineChart } from '../../../ui/charts/LineChart';
import { StatusPill } from '../../../ui/Progress';
import { useFormat } from '../../settings/useFormat';
import { krStateOn } from '../krState';
import { useUi } from '../../../store/ui';
import { useFinalScores, useHistories } from '../useCheckInData';

export interface Props {
  objectiveId: string;
  cycle: Cycle;
  date: string;
  staleDays: number;
}

/** An objective and all its key results as they stood on a date, and its progress over time. */
export function ObjectiveHistory({ objectiveId, cycle, date, staleDays }: Props) {
  const f = useFormat();
  const data = useLiveQuery(async () => {
    const objective = await db.objectives.get(objectiveId);
    if (!isLive(objective)) return null;
    const krs = live(await db.keyResults.where('objectiveId').equals(objectiveId).toArray()).sort(
      (a, b) => a.rank - b.rank,
    );
    return { objective, krs };
  }, [objectiveId]);
  const histories = useHistories(data?.krs.map((k) => k.id) ?? [], cycle);
  const finalScores = useFinalScores(cycle);
  if (!data || !histories) return null;
  const { objective, krs } = data;
  const series = objectiveProgressSeries(krs, histories, cycle, date).map((p) => ({
    ...p,
    value: p.value * 100,
  }));
  return (
    <section className="history-panel" aria-label={`History of ${objective.title}`}>
      <header className="history-panel__head">
        <div>
          <p className="muted small">Objective</p>
          <h2>{objective.title}</h2>
        </div>
        <button
          type="button"
          className="icon"
          aria-label="Close history"
          onClick={() => useUi.getState().pick(null)}
        >
          ×
        </button>
      </header>
      <p>
        Progress on {f.date(date)}:{' '}
        <strong>{formatPercent(objectiveProgressAt(krs, histories, date))}</strong>
      </p>
      <LineChart
        title={`progress of ${objective.title}`}
        points={series}
        start={cycle.start}
        end={cycle.end}
        formatDay={f.date}
        expected={{
          from: { at: cycle.start, value: 0 },
          to: { at: cycle.end, value: 100 },
          label: 'Expected by time elapsed',
        }}
        today={date}
        valueLabel="Progress"
        formatValue={(v) => `${Math.round(v)} %`}
      />
      <table className="asof-table">
        <caption className="sr-only">
          Key results of {objective.title} on {f.date(date)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Key result</th>
            <th scope="col">Value</th>
            <th scope="col">Progress</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {krs.map((kr) => {
            const s = krStateOn(
              kr,
              histories.get(kr.id) ?? [],
              cycle,
              date,
              staleDays,
              finalScores?.get(kr.id),
            );
            return (
              <tr key={kr.id}>
                <th scope="row">{kr.title}</th>
                <td>
                  {formatValue({ ...kr, milestoneCount: kr.milestones.length }, s.kr.current)}
                </td>
                <td>{formatPercent(s.progress)}</td>
                <td>
                  <StatusPill status={s.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
