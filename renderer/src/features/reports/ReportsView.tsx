import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '@shared/domain/cycle';
import { flattenOrgTree } from '@shared/domain/org';
import { weekAround } from '@shared/report/weekly';
import { renderWeeklyMarkdown } from '@shared/report/weeklyMarkdown';
import { useOrgUnits } from '../../db/queries';
import { db } from '../../db/schema';
import { host } from '../../host';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { useStaleDays } from '../checkins/useCheckInData';
import { useCurrentCycle, useMeId, useToday } from '../workspace';
import { loadWeeklyReport } from './loadWeeklyReport';
import { useFormat } from '../settings/useFormat';
import { usePreferences } from '../settings/usePreferences';
import { WeeklyReportPreview } from './WeeklyReportPreview';
import './reports.css';
import { TreeOption } from '../../ui/TreeOption';
import { TreeSelect } from '../../ui/TreeSelect';

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase() || 'report';

/** Reports: the weekly report for a person or a team and a week, previewed, saved as Markdown. */
export function ReportsView() {
  const cycle = useCurrentCycle();
  const today = toIsoDate(useToday());
  const meId = useMeId();
  const units = useOrgUnits();
  const scopeUnit = useUi((s) => s.orgUnitId);
  const staleDays = useStaleDays();
  const { weekStartsOn } = usePreferences();
  const f = useFormat();
  const [chosen, setChosen] = useState<string | null>(null);
  const [week, setWeek] = useState(today);
  const subjectId = chosen ?? scopeUnit ?? meId ?? null;
  const report = useLiveQuery(
    async () =>
      cycle && subjectId
        ? loadWeeklyReport(db, {
            subjectId,
            cycleId: cycle.id,
            week,
            today,
            staleDays,
            weekStartsOn,
          })
        : null,
    [cycle, subjectId, week, today, staleDays, weekStartsOn],
  );

  const save = async () => {
    if (!report) return;
    const name = `weekly-report-${slug(report.subject.name)}-${report.week.start}.md`;
    const result = await host.saveFile({
      suggestedName: name,
      content: renderWeeklyMarkdown(report, f.locale),
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
    if (result.saved) useUi.getState().toast(`Saved ${result.path ?? name}`);
  };

  if (!cycle) return <p className="empty">Choose or create a cycle to report on.</p>;
  const w = weekAround(week, weekStartsOn);
  return (
    <section className="view reports-view" aria-labelledby="reports-title">
      <header className="view__header no-print">
        <h1 id="reports-title">Weekly report</h1>
        <button
          type="button"
          className="primary"
          disabled={!report}
          onClick={() => void save().catch(reportError)}
        >
          Save as Markdown
        </button>
      </header>
      <div className="reports-controls no-print">
        <div className="field">
          <label htmlFor="report-subject">Report on</label>
          <TreeSelect
            id="report-subject"
            value={subjectId ?? ''}
            onChange={(e) => setChosen(e.target.value)}
          >
            {flattenOrgTree(units ?? []).map(({ unit, depth }) => (
              <TreeOption key={unit.id} value={unit.id} depth={depth}>
                {unit.name}
                {unit.id === meId
                  ? ' (me)'
                  : unit.kind === 'person'
                    ? ''
                    : ` (${unit.kind} and everyone in it)`}
              </TreeOption>
            ))}
          </TreeSelect>
        </div>
        <div className="field">
          <label htmlFor="report-week">Week of</label>
          <input
            id="report-week"
            type="date"
            value={week}
            onChange={(e) => setWeek(e.target.value || today)}
          />
        </div>
        <p className="muted small reports-controls__week">
          {f.dateRange(w.start, w.end, { weekdays: true })}
        </p>
      </div>
      {report ? <WeeklyReportPreview report={report} /> : null}
    </section>
  );
}
