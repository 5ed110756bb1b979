import { BAND_LABELS, type Band } from '../domain/review';
import { describeKpiReading, KPI_HEALTH_LABELS } from '../domain/kpiHealth';
import { STATUS_LABELS } from '../domain/status';
import { escapeMarkdown, escapeTableCell, markdownTable } from './markdownText';
import { formatDate, formatDateRange, type LocaleTag } from '../format';
import { readingParts } from '../format/keyResultReading';
import {
  expectationStatement,
  postmortemsStatement,
  formatScore,
  TYPE_EXPECTATION,
  TYPE_LABELS,
  type ReportKeyResult,
  type ReportObjective,
  type RetroText,
  type ReviewReport,
} from './review';

/**
 * The review report as CommonMark with GitHub tables, for a wiki or a chat. Pure.
 *
 * The objectives section keeps one shape that the Markdown importer reads back: each
 * objective is a `### <title>` heading and each key result a list item
 * `- <title>: <start> → <target> <unit> — now <value>` (keyResultReading.ts's parts) followed
 * by facts. Nothing else in
 * the document uses `###` headings or list items after the first objective, so the importer
 * never mistakes a retrospective for a key result.
 */

/** Multi-line user text as paragraphs; single newlines become hard line breaks. */
export function escapeParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map(escapeMarkdown)
        .filter((l) => l !== '')
        .join('\\\n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

const bandWord = (band: Band | null): string => (band ? band : 'not scored');

/**
 * Leading space that renderers keep: a table cell and a paragraph line are trimmed of
 * whitespace (no-break spaces too, by renderers that trim with JavaScript's `trim`), but an
 * entity is decoded after trimming.
 */
const indent = (n: number): string => '&nbsp;'.repeat(n);

function keyResultLine(kr: ReportKeyResult, running: boolean): string {
  // The reading every surface gives (keyResultReading.ts), its parts split by the em dash the
  // importer reads (`title: 45 → 65 % — now 50 %, …`), then the review's facts.
  const [aim, now] = readingParts(kr);
  const facts: string[] = now ? [escapeMarkdown(now)] : [];
  if (running) facts.push(STATUS_LABELS[kr.status].toLowerCase());
  facts.push(`score ${formatScore(kr.score)}`);
  if (kr.scoreSet && kr.score !== kr.proposed) facts.push(`proposed ${formatScore(kr.proposed)}`);
  if (kr.reason.trim()) facts.push(`reason: ${escapeMarkdown(kr.reason)}`);
  return `- ${escapeMarkdown(kr.title)}: ${escapeMarkdown(aim)} — ${facts.join(', ')}`;
}

// Lessons are left out here: "Lessons of the cycle" prints every one of them once.
const RETRO_PARTS: [keyof RetroText, string][] = [
  ['wentWell', 'What went well.'],
  ['missed', 'Why targets were missed.'],
  ['nextSteps', 'What to change next time.'],
];

function retroParagraphs(retro: RetroText): string[] {
  return RETRO_PARTS.filter(([k]) => retro[k].trim()).map(
    ([k, label]) => `**${label}** ${escapeParagraphs(retro[k])}`,
  );
}

/**
 * The objective's lines, ending in a blank one, as one string: the document then holds one
 * string per objective instead of every line's pieces until the end (megabytes for a big cycle).
 */
function objectiveSection(o: ReportObjective, running: boolean): string {
  const facts = [
    escapeMarkdown(o.ownerName),
    TYPE_LABELS[o.type],
    `score **${formatScore(o.score)}** (${bandWord(o.band)})`,
  ];
  if (o.alignedTo) facts.push(`aligned to ${escapeMarkdown(o.alignedTo)}`);
  if (o.carried) facts.push('carried over from an earlier cycle');
  const out = [`### ${escapeMarkdown(o.title)}`, '', facts.join(' · ')];
  if (o.description.trim()) out.push('', escapeParagraphs(o.description));
  if (o.expectation) out.push('', `_${expectationStatement(o.expectation, o.score)}_`);
  out.push('');
  if (o.keyResults.length === 0) out.push('_No key results._');
  for (const kr of o.keyResults) out.push(keyResultLine(kr, running));
  if (o.retro) out.push('', retroParagraphs(o.retro).join('\n\n'));
  out.push('');
  return out.join('\n');
}

/**
 * Renders the report; every piece of user text goes through the escape helpers. Dates read
 * in `locale` ('' for the system's).
 */
export function renderReviewMarkdown(report: ReviewReport, locale: LocaleTag = ''): string {
  const { cover, summary } = report;
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(cover.title)}`, '');
  out.push(
    `Scope: ${escapeMarkdown(cover.scopeName)}${cover.scopeKind ? ` (${cover.scopeKind})` : ''} · ` +
      `${escapeMarkdown(cover.cycleName)}, ${formatDateRange(cover.cycleStart, cover.cycleEnd, locale)} (${cover.cycleState}) · ` +
      `generated ${formatDate(cover.generatedAt, locale)}`,
    '',
  );

  out.push('## Summary', '');
  out.push(
    `Average objective score **${formatScore(summary.average)}** across ${summary.objectives} ` +
      `objectives and ${summary.keyResults} key results.`,
    '',
  );
  out.push(
    markdownTable(
      ['Band', 'Objectives'],
      [
        ...(['green', 'yellow', 'red'] as const).map((b) => [
          BAND_LABELS[b],
          String(summary.bands[b]),
        ]),
        ['Not scored', String(summary.bands.unscored)],
      ],
      ['left', 'right'],
    ),
    '',
  );
  out.push(
    markdownTable(
      ['Key result score', 'Key results'],
      summary.keyResultScores.map((b) => [b.score.toFixed(1), String(b.count)]),
      ['left', 'right'],
    ),
    '',
  );
  if (summary.postmortemsMissing) out.push(postmortemsStatement(summary.postmortemsMissing), '');
  if (summary.hint) out.push(`_${summary.hint}_`, '');

  out.push('## By org unit', '');
  out.push(
    summary.byUnit.length
      ? markdownTable(
          ['Org unit', 'Kind', 'Objectives', 'Average', 'Green', 'Yellow', 'Red'],
          summary.byUnit.map((u) => [
            `${indent(2 * u.depth)}${escapeTableCell(u.name)}`,
            u.kind,
            String(u.objectives),
            formatScore(u.average),
            String(u.bands.green),
            String(u.bands.yellow),
            String(u.bands.red),
          ]),
          ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
        )
      : '_No objectives in scope._',
    '',
  );

  out.push('## Committed and aspirational', '');
  out.push(
    markdownTable(
      ['Type', 'Objectives', 'Average', 'Expectation', 'Meeting it'],
      summary.byType.map((t) => [
        TYPE_LABELS[t.type],
        String(t.objectives),
        formatScore(t.average),
        TYPE_EXPECTATION[t.type],
        `${t.meetingExpectation} of ${t.objectives}`,
      ]),
      ['left', 'right', 'right', 'left', 'right'],
    ),
    '',
  );

  out.push('## Alignment', '');
  if (report.alignment.length === 0) out.push('_No objectives in scope._', '');
  else {
    // Indented paragraphs rather than list items: the importer reads list items as key results.
    // Lines end in a hard break (a backslash) but the last; joined here, so the document holds
    // one string for the outline rather than thousands.
    const rows = report.alignment.map((row) => {
      const lead = row.depth ? `${indent(4 * row.depth)}↳ ` : '';
      const supports = row.supports ? ` (supports ${escapeMarkdown(row.supports)})` : '';
      return `${lead}${escapeMarkdown(row.title)} · ${escapeMarkdown(row.ownerName)} · ${formatScore(row.score)}${supports}`;
    });
    out.push(rows.join('\\\n'), '');
  }

  // Only when there is one: a table, never list items (the importer reads those as key results).
  if (report.kpis.kpis.length) {
    out.push(
      `## KPIs the objectives were meant to move (${formatDate(report.kpis.asOf, locale)})`,
      '',
    );
    out.push(
      markdownTable(
        ['KPI', 'Unit', 'Now', 'Health', 'Meant to move it'],
        report.kpis.kpis.map((k) => [
          escapeTableCell(k.name),
          escapeTableCell(k.ownerName),
          escapeTableCell(describeKpiReading(k, k.reading, locale)),
          k.reading.health ? KPI_HEALTH_LABELS[k.reading.health] : 'no check-in',
          escapeTableCell(k.objectives.join('; ')),
        ]),
        ['left', 'left', 'left', 'left', 'left'],
      ),
      '',
    );
  }

  out.push('## Objectives', '');
  if (report.objectives.length === 0) out.push('_No objectives in scope._', '');
  // A review of a running cycle says how each key result stands; afterwards the score does.
  const running = cover.cycleState === 'active';
  for (const o of report.objectives) out.push(objectiveSection(o, running));

  out.push('## Cycle retrospective', '');
  const retro = report.cycleRetro ? retroParagraphs(report.cycleRetro) : [];
  out.push(retro.length ? retro.join('\n\n') : '_No cycle retrospective yet._', '');

  out.push('## Lessons of the cycle', '');
  out.push(
    report.lessons.length
      ? report.lessons
          .map((l) => `**${escapeMarkdown(l.source)}:** ${escapeParagraphs(l.text)}`)
          .join('\n\n')
      : '_No lessons written yet._',
  );
  return out.join('\n') + '\n';
}
