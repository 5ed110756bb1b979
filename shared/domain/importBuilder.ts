import {
  fitDescription,
  fitTitle,
  parseKrFacts,
  plainInline,
  type ImportWarning,
  type PreviewObjective,
} from './importPreview';
import type { OutlineNode } from './markdownOutline';
import { KR_FACTS } from './okrMarkers';
import { readQuantity } from './quantity';
import { partsNote, titleParts } from './titleParts';

/** Titles compared the way a reader would: no Markdown, case or punctuation. */
const loose = (s: string): string =>
  plainInline(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const ORPHANS = 'Key results without an objective';

/**
 * A statement followed by how it will be done — "Build the platform. Ship X, grow Y" or
 * "Grow revenue consistently: reach $N, win two logos" — is the statement; the rest explains
 * it. A rest that states numbers is kept: those are measures written into the objective, which
 * the coach should see. Null when the text is one statement.
 */
export function leadStatement(
  title: string,
  colon: boolean,
): { title: string; rest: string } | null {
  const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
  const measured = (s: string): boolean => readQuantity(s).target !== undefined;
  const stop =
    /(?<!\b(?:incl|e\.?g|i\.?e|etc|vs|approx|esp|cf|ca|no)\.)(?<=\S[.!?])\s+(?=["“(]?\p{Lu})/iu.exec(
      title,
    );
  if (stop && words(title.slice(0, stop.index)) >= 3 && !measured(title.slice(stop.index)))
    return { title: title.slice(0, stop.index), rest: title.slice(stop.index).trim() };
  const at = colon ? /:\s+(?=\S)/.exec(title) : null;
  if (
    at &&
    words(title.slice(0, at.index)) >= 3 &&
    words(title.slice(at.index)) >= 3 &&
    !measured(title.slice(at.index))
  )
    return { title: title.slice(0, at.index), rest: title.slice(at.index + 1).trim() };
  return null;
}

/**
 * What the Markdown reader builds as it walks a file: the preview's objectives and key results,
 * its warnings, and which source lines were used or skipped with a reason. The walking — which
 * shapes mean an objective or a key result — is in importMarkdown.ts.
 */
export class PreviewBuilder {
  objectives: PreviewObjective[] = [];
  warnings: ImportWarning[] = [];
  /** Source lines that went into the preview, or were skipped with a reason of their own. */
  used = new Set<number>();
  reasons = new Map<number, string>();
  private seen = new Map<string, number>();
  private orphans = new Map<OutlineNode | null, number>();
  /** The heading being read: key results without an objective gather under one per section. */
  protected section: OutlineNode | null = null;

  use(n: OutlineNode | number[]): void {
    for (const l of Array.isArray(n) ? n : n.lines) this.used.add(l);
  }

  skip(n: OutlineNode, reason: string): void {
    const all = (x: OutlineNode): number[] => [...x.lines, ...x.children.flatMap(all)];
    for (const l of all(n))
      if (!this.used.has(l) && !this.reasons.has(l)) this.reasons.set(l, reason);
  }

  addObjective(
    raw: string,
    from: OutlineNode | number[],
    parent: number | null,
    description = '',
  ): number | null {
    const parts = titleParts(raw);
    // A bare "1 Finish …" numbers an objective (spreadsheet rows); "3 new features" counts.
    parts.title = parts.title.replace(/^\d{1,2}\s+(?=\p{Lu}\p{Ll}|["“])/u, '');
    const lines = Array.isArray(from) ? from : from.lines;
    const line = lines[0] ?? 0;
    if (!parts.title) return null;
    const lead = leadStatement(parts.title, true);
    if (lead) {
      parts.title = lead.title;
      description = [lead.rest, description].filter(Boolean).join('\n\n');
    }
    this.use(from);
    this.objectives.push({
      title: fitTitle(parts.title, line, this.warnings),
      description: fitDescription([partsNote(parts), description].filter(Boolean).join('\n\n')),
      keyResults: [],
      line,
      parent,
    });
    return this.objectives.length - 1;
  }

  addKr(
    objective: number,
    raw: string,
    from: OutlineNode | number[],
    checked: boolean | null,
  ): boolean {
    const parts = titleParts(raw, KR_FACTS.test(plainInline(raw)));
    if (!parts.title) return false;
    const lines = Array.isArray(from) ? from : from.lines;
    const line = lines[0] ?? 0;
    this.use(from);
    const done = checked ?? (parts.score === 1 ? true : null);
    const facts = parseKrFacts(parts.title, done);
    this.objectives[objective]!.keyResults.push({
      ...facts,
      title: fitTitle(facts.title, line, this.warnings),
      note: [partsNote(parts), facts.note].filter(Boolean).join(' · '),
      line,
    });
    if (facts.targetMissing)
      this.warnings.push({
        line,
        message: `“${facts.title.slice(0, 60)}” does not state its target: imported as ${facts.kind} ${facts.start} → ${facts.target} to stand in; fill in the real start and target`,
      });
    this.seen.set(loose(facts.title), line);
    return true;
  }

  /** The objective that key results with none above them go under, one per section. */
  orphanHome(line: number): number {
    const have = this.orphans.get(this.section);
    if (have !== undefined) return have;
    this.objectives.push({ title: ORPHANS, description: '', keyResults: [], line, parent: null });
    const at = this.objectives.length - 1;
    this.orphans.set(this.section, at);
    this.warnings.push({
      line,
      message: `Key results with no objective above them go under a new objective "${ORPHANS}": rename it, or leave it out`,
    });
    return at;
  }

  /**
   * A heading that repeats a key result already read (a "Details" section under the summary).
   * Objectives may repeat on purpose (the same aim for several teams), so they are read again.
   */
  restates(h: OutlineNode): number | null {
    const key = loose(titleParts(h.text).title);
    const at = key ? this.seen.get(key) : undefined;
    return at !== undefined && at !== h.line ? at : null;
  }

  /** Explanation under a key result becomes its note, so the words are kept. */
  krNote(o: number, n: OutlineNode): void {
    const kr = this.objectives[o]!.keyResults.at(-1);
    const words = plainInline(n.text);
    if (!kr || !words) return;
    const progress = /^\[\s*(\d+(?:\.\d+)?\s*\/\s*\d+(?:\.\d+)?|\d{1,3}\s?%)?\s*\]$/.exec(words);
    kr.note = [kr.note, progress ? `Progress: ${progress[1] ?? '–'}` : words]
      .filter(Boolean)
      .join(' · ')
      .slice(0, 2_000);
    this.use(n);
    for (const c of n.children) this.krNote(o, c);
  }
}
