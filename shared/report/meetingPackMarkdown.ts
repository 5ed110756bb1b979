import { formatDate, type LocaleTag } from '../format';
import { escapeMarkdown, escapeTableCell, markdownTable } from './markdownText';
import type { MeetingPack, PackFinding } from './meetingPack';

/** The meeting pack as CommonMark with a GitHub table, for the wiki or the meeting invite. Pure. */

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Advice' } as const;

const finding = (f: PackFinding): string =>
  `- **${SEVERITY_WORD[f.severity]}** — ${escapeMarkdown(f.about)}: ${escapeMarkdown(f.message)}. *Fix:* ${escapeMarkdown(f.fix)} (${escapeMarkdown(f.principle)})`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function meetingPackMarkdown(pack: MeetingPack, locale: LocaleTag = ''): string {
  const out: string[] = [
    `# ${escapeMarkdown(pack.title)}`,
    '',
    `Planning meeting for **${escapeMarkdown(pack.cycleName)}** (${pack.period}) · prepared ${formatDate(pack.preparedOn, locale)} · plan health ${pack.health}/100`,
    '',
    '## Agenda',
    '',
    ...pack.agenda.map(
      (a, i) => `${i + 1}. **${escapeMarkdown(a.leaf)}** — ${escapeMarkdown(a.detail)}`,
    ),
    '',
    '## Proposals in vote order',
    '',
  ];
  if (pack.proposals.length === 0) out.push('No proposals have been submitted yet.', '');
  for (const p of pack.proposals) {
    out.push(
      `### ${p.position}. ${escapeMarkdown(p.title)} (${plural(p.dots, 'dot')}${p.tied ? ', tied' : ''})`,
      '',
    );
    const facts = [
      `Owner: ${escapeMarkdown(p.owner)}`,
      p.type === 'committed' ? 'Committed' : 'Aspirational',
    ];
    if (p.alignsTo) facts.push(`Aligns to: ${escapeMarkdown(p.alignsTo)}`);
    out.push(facts.join(' · '), '');
    if (p.description.trim()) out.push(escapeMarkdown(p.description), '');
    out.push('**Key results**', '');
    out.push(
      ...(p.keyResults.length ? p.keyResults.map((k) => `- ${escapeMarkdown(k)}`) : ['- none yet']),
      '',
    );
    out.push('**Coach**', '');
    out.push(...(p.findings.length ? p.findings.map(finding) : ['- Nothing to flag.']), '');
    if (p.comments.length) {
      out.push('**Discussion**', '');
      out.push(
        ...p.comments.map((c) => `- ${escapeMarkdown(c.author)}: ${escapeMarkdown(c.text)}`),
        '',
      );
    }
  }
  out.push('## Votes so far', '');
  if (pack.voters.length === 0) out.push('Nobody has voted yet.', '');
  else
    out.push(
      markdownTable(
        ['Voter', 'Dots used', 'On'],
        pack.voters.map((v) => [
          escapeTableCell(v.name),
          `${v.used} of ${v.budget}`,
          escapeTableCell(v.on.map((o) => `${o.title} (${o.dots})`).join('; ')),
        ]),
        ['left', 'right', 'left'],
      ),
      '',
    );
  if (pack.cycleFindings.length)
    out.push('## About the whole plan', '', ...pack.cycleFindings.map(finding), '');
  return out.join('\n');
}
