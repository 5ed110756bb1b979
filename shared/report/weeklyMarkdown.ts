import { formatPercent } from '../domain/progress';
import { formatCount, formatDate, formatDateRange, type LocaleTag } from '../format';
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

/**
 * The report's opening lines, as the preview and the Markdown both say them; `text` escapes
 * the cycle's name where the output needs it.
 */
export function weeklyHeadline(
  r: WeeklyReport,
  locale: LocaleTag = '',
  text: (s: string) => string = (s) => s,
): [string, string] {
  const day = (d: string) => formatDate(d, locale);
  const c = r.counts;
  return [
    `Week ${formatDateRange(r.week.start, r.week.end, locale)} · ${text(r.cycle.name)} · values as of ${day(r.asOf)}, changes since ${day(r.week.previousEnd)}`,
    `${formatCount(c.keyResults, 'key result', locale)} · ${c.checkedIn} checked in this week · ${c.stale} stale · ${c.atRisk} ${c.atRisk === 1 ? 'needs' : 'need'} attention`,
  ];
}

/**
 * The weekly report as CommonMark with GitHub tables; every piece of user text is escaped.
 * Dates read in `locale` ('' for the system's).
 */
export function renderWeeklyMarkdown(r: WeeklyReport, locale: LocaleTag = ''): string {
  const day = (d: string) => formatDate(d, locale);
  const out: string[] = [];
  out.push(`# Weekly report: ${escapeMarkdown(r.subject.name)}`);
  const [when, counts] = weeklyHeadline(r, locale, escapeMarkdown);
  out.push(when, counts);

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
      (n) => `${day(n.at)} · ${escapeMarkdown(n.keyResult)}: ${escapeMarkdown(n.text)}`,
    ),
  ];
  out.push(done.length ? markdownList(done) : NOTHING);

  out.push("## This week's priorities");
  out.push(
    r.priorities.length
      ? markdownList(
          r.priorities.map(
            (p) =>
              `P${p.priority} · ${escapeMarkdown(p.title)}${p.dueDate ? ` · due ${day(p.dueDate)}${p.overdue ? ' (overdue)' : ''}` : ''} · ${escapeMarkdown(p.keyResult)}`,
          ),
          true,
        )
      : 'No open initiatives.',
  );

  out.push('## Problems and blockers');
  const problems = [
    ...r.problems.blockers.map(
      (b) => `Blocker on ${escapeMarkdown(b.keyResult)} (${day(b.at)}): ${escapeMarkdown(b.text)}`,
    ),
    ...r.problems.risks.map(
      (k) =>
        `${escapeMarkdown(k.keyResult.title)}: ${k.reasons.map((reason) => escapeMarkdown(describeRisk(reason, k.keyResult, locale))).join('; ')}`,
    ),
  ];
  out.push(problems.length ? markdownList(problems) : 'None reported.');
  return out.join('\n\n') + '\n';
}
