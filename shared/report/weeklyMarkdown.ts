import { formatPercent } from '../domain/progress';
import { escapeMarkdown, escapeTableCell, markdownList, markdownTable } from './markdownText';
import type { WeeklyReport } from './weekly';
import {
  STATUS_TEXT,
  describeRisk,
  formatConfidence,
  formatConfidenceChange,
  formatPoints,
  formatTarget,
  formatValue,
  formatValueChange,
} from './weeklyFormat';

export const KR_TABLE_HEADERS = [
  'Key result',
  'Value',
  'Change',
  'Target',
  'Confidence',
  'Confidence change',
  'Progress',
  'Status',
] as const;

const NOTHING = 'Nothing this week.';

/** The weekly report as CommonMark with GitHub tables; every piece of user text is escaped. */
export function renderWeeklyMarkdown(r: WeeklyReport): string {
  const out: string[] = [];
  out.push(`# Weekly report: ${escapeMarkdown(r.subject.name)}`);
  out.push(
    `Week ${r.week.start} to ${r.week.end} · ${escapeMarkdown(r.cycle.name)} · values as of ${r.asOf}, changes since ${r.week.previousEnd}`,
  );
  const c = r.counts;
  out.push(
    `${c.keyResults} key results · ${c.checkedIn} checked in this week · ${c.stale} stale · ${c.atRisk} need attention`,
  );

  out.push('## Objectives and key results');
  if (r.objectives.length === 0) out.push('No objectives in this cycle.');
  for (const o of r.objectives) {
    out.push(
      `### ${escapeMarkdown(o.title)} (${escapeMarkdown(o.ownerName)}) · ${formatPercent(o.progress)}, ${formatPoints(o.progress, o.progressBefore)}`,
    );
    if (o.keyResults.length === 0) {
      out.push('No key results yet.');
      continue;
    }
    out.push(
      markdownTable(
        KR_TABLE_HEADERS,
        o.keyResults.map((kr) => [
          escapeTableCell(kr.title),
          escapeMarkdown(formatValue(kr, kr.value)),
          formatValueChange(kr),
          escapeMarkdown(formatTarget(kr)),
          formatConfidence(kr.confidence),
          formatConfidenceChange(kr.confidence, kr.confidenceBefore),
          formatPercent(kr.progress),
          STATUS_TEXT[kr.status],
        ]),
        ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
      ),
    );
  }

  out.push('## Done this week');
  const done = [
    ...r.done.initiatives.map(
      (d) => `Done: ${escapeMarkdown(d.text)} (${escapeMarkdown(d.keyResult)})`,
    ),
    ...r.done.notes.map(
      (n) => `${n.at} · ${escapeMarkdown(n.keyResult)}: ${escapeMarkdown(n.text)}`,
    ),
  ];
  out.push(done.length ? markdownList(done) : NOTHING);

  out.push("## This week's priorities");
  out.push(
    r.priorities.length
      ? markdownList(
          r.priorities.map(
            (p) =>
              `P${p.priority} · ${escapeMarkdown(p.title)}${p.dueDate ? ` · due ${p.dueDate}${p.overdue ? ' (overdue)' : ''}` : ''} · ${escapeMarkdown(p.keyResult)}`,
          ),
          true,
        )
      : 'No open initiatives.',
  );

  out.push('## Problems and blockers');
  const problems = [
    ...r.problems.blockers.map(
      (b) => `Blocker on ${escapeMarkdown(b.keyResult)} (${b.at}): ${escapeMarkdown(b.text)}`,
    ),
    ...r.problems.risks.map(
      (k) =>
        `${escapeMarkdown(k.keyResult.title)}: ${k.reasons.map((reason) => escapeMarkdown(describeRisk(reason, k.keyResult))).join('; ')}`,
    ),
  ];
  out.push(problems.length ? markdownList(problems) : 'None reported.');
  return out.join('\n\n') + '\n';
}
