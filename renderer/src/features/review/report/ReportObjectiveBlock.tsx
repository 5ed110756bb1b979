import { STATUS_LABELS } from '@shared/domain/status';
import { useId } from 'react';
import { num, TableHead } from './TableHead';
import {
  expectationStatement,
  formatScore,
  TYPE_LABELS,
  type ReportObjective,
} from '@shared/report/review';
import { keyResultAim, keyResultValue } from '@shared/format/keyResultReading';
import { LineChart } from '../../../ui/charts/LineChart';
import { Sparkline } from '../../../ui/charts/Sparkline';
import { BandChip } from '../BandChip';
import { RetroBlock } from './RetroBlock';

export interface Props {
  objective: ReportObjective;
  cycleStart: string;
  cycleEnd: string;
}

const pct = (v: number): string => `${Math.round(v * 100)} %`;

/** One objective in the report: its facts, key results with scores, progress chart, retrospective. */
export function ReportObjectiveBlock({ objective: o, cycleStart, cycleEnd }: Props) {
  const titleId = useId();
  return (
    <section className="report-objective" aria-labelledby={titleId}>
      <header className="report-objective__head">
        <h3 id={titleId}>{o.title}</h3>
        <BandChip score={o.score} band={o.band} />
      </header>
      <p className="muted small">
        {o.ownerName} · {TYPE_LABELS[o.type]}
        {o.alignedTo ? ` · aligned to ${o.alignedTo}` : ''}
        {o.carried ? ' · carried over' : ''}
      </p>
      {o.description.trim() ? <p className="report-text">{o.description}</p> : null}
      {o.expectation ? (
        <p className="report-expectation">{expectationStatement(o.expectation, o.score)}</p>
      ) : null}
      {o.keyResults.length === 0 ? (
        <p className="muted">No key results.</p>
      ) : (
        <table className="report-table report-table--krs">
          <TableHead
            columns={['Key result', 'Target', num('Final'), num('Progress'), 'Trend', num('Score')]}
          />
          <tbody>
            {o.keyResults.map((k) => (
              <tr key={k.id}>
                <td>
                  {k.title}
                  {/* Only a running cycle's key result can be silent: say so before its score. */}
                  {k.status === 'stale' ? (
                    <>
                      {' '}
                      <span className="pill status--stale">{STATUS_LABELS.stale}</span>
                    </>
                  ) : null}
                  {k.scoreSet && k.score !== k.proposed ? (
                    <span className="report-reason">
                      Proposed {formatScore(k.proposed)}
                      {k.reason ? `: ${k.reason}` : ''}
                    </span>
                  ) : k.reason ? (
                    <span className="report-reason">{k.reason}</span>
                  ) : null}
                </td>
                <td>{keyResultAim(k)}</td>
                <td className="num">{keyResultValue(k, k.current)}</td>
                <td className="num">{pct(k.progress)}</td>
                <td>
                  <Sparkline values={k.series.map((p) => p.value)} label={`Trend of ${k.title}`} />
                </td>
                <td className="num">
                  <BandChip score={k.score} band={k.band} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="report-objective__foot">
        {o.progressSeries.length > 0 ? (
          <div className="report-objective__chart">
            <LineChart
              title={`Progress of ${o.title}`}
              points={o.progressSeries}
              start={cycleStart}
              end={cycleEnd}
              expected={{
                from: { at: cycleStart, value: 0 },
                to: { at: cycleEnd, value: 1 },
                label: 'Even pace',
              }}
              formatValue={pct}
              valueLabel="Progress"
            />
          </div>
        ) : null}
        {o.retro ? <RetroBlock retro={o.retro} /> : null}
      </div>
    </section>
  );
}
