import { fitDescription, plainInline, type ImportPreview } from './importPreview';
import { ListReader } from './importLists';
import { skippedLines } from './importSkipped';
import { outlineMarkdown, type OutlineNode } from './markdownOutline';
import {
  ID_HEADING,
  isGrouping,
  isKrLabelled,
  isKrMarked,
  isObjectiveMarked,
  isSectionTitle,
  KR_HEADING,
  liveChildren,
  objectiveLike,
  SKIP_HEADING,
  TOC_HEADING,
} from './okrMarkers';
import { titleParts } from './titleParts';

export type {
  ImportPreview,
  PreviewObjective,
  PreviewKeyResult,
  ImportWarning,
} from './importPreview';

/** One line of a paragraph with its line number. */
const textLines = (n: OutlineNode): { text: string; line: number }[] =>
  n.text.split('\n').map((text, i) => ({ text, line: n.lines[i] ?? n.line }));

class Reader extends ListReader {
  constructor(private explicit: boolean) {
    super();
  }

  heading(h: OutlineNode, parent: number | null): void {
    const outer = this.section;
    this.section = h;
    try {
      this.readHeading(h, parent);
    } finally {
      this.section = outer;
    }
  }

  private readHeading(h: OutlineNode, parent: number | null): void {
    const title = plainInline(h.text);
    if (!title) return this.body(h, parent, false);
    const again = this.restates(h);
    if (again !== null) return this.skip(h, `repeats line ${again}, already read`);
    if (ID_HEADING.test(title)) return this.numbered(h, title, parent);
    if (isObjectiveMarked(title))
      return this.objectiveBody(h, this.addObjective(h.text, h, parent), parent);
    if (KR_HEADING.test(title)) {
      this.use(h);
      return parent === null ? this.body(h, null, false) : this.krList(h, parent);
    }
    if (SKIP_HEADING.test(title)) return this.skip(h, `section "${title}" is not OKRs`);
    if (TOC_HEADING.test(title)) {
      // Its own lines are not OKRs; the headings under it hold the OKRs.
      this.skip(
        { ...h, children: h.children.filter((c) => c.kind !== 'heading') },
        `section "${title}" is not OKRs`,
      );
      for (const c of h.children) if (c.kind === 'heading') this.heading(c, parent);
      return;
    }
    if (isSectionTitle(h.text)) return this.group(h, parent);
    const items = liveChildren(h);
    // A heading over explicitly labelled objectives ("O1. …" lines) is a group, not one of them.
    const labelled = h.children.some((c) =>
      c.kind === 'text'
        ? textLines(c).some((l) => isObjectiveMarked(plainInline(l.text)))
        : c.kind === 'item' && isObjectiveMarked(plainInline(c.text)),
    );
    if (labelled) return this.group(h, parent);
    const krList = items.length > 0 && !items.some(objectiveLike);
    // A short heading over marked key results (`- [ ] …`, `P0 …`, "from 0 to 10") is still their objective.
    const marked =
      krList && items.some((i) => i.checked !== null || isKrMarked(i.text, plainInline(i.text)));
    if (!marked && (this.explicit || isGrouping(title, h.level))) return this.group(h, parent);
    if (krList) return this.objectiveBody(h, this.addObjective(h.text, h, parent), parent);
    // A heading whose sub-headings or items hold objectives is their parent objective.
    const slot = this.addObjective(h.text, h, parent);
    const before = this.objectives.length;
    this.body(h, slot, false);
    if (
      slot !== null &&
      this.objectives.length === before &&
      !this.objectives[slot]!.keyResults.length
    ) {
      this.objectives.pop();
      for (const l of h.lines) this.used.delete(l);
    }
  }

  /** A heading that only groups what is under it (a quarter, a team, a document title). */
  group(h: OutlineNode, parent: number | null): void {
    for (const l of h.lines) if (!this.reasons.has(l)) this.reasons.set(l, 'a section heading');
    this.body(h, parent, false);
  }

  /** `### O1`, `#### O1KR2`: the statement is the paragraph below, after its own label. */
  numbered(h: OutlineNode, title: string, parent: number | null): void {
    const isKr = /kr|key/i.test(title);
    const texts = h.children.filter((c) => c.kind === 'text');
    const first = texts[0];
    if (isKr && parent !== null) {
      this.use(h);
      if (first) this.textKr(first, parent);
      for (const c of h.children) {
        if (c === first) continue;
        if (c.kind === 'text' || c.kind === 'item') this.krNote(parent, c);
        else if (c.kind === 'heading') this.heading(c, parent);
      }
      return;
    }
    if (isKr) return this.body(h, parent, false);
    if (!first) return this.objectiveBody(h, null, parent);
    const lines = textLines(first);
    const o = this.addObjective(lines.map((l) => l.text).join(' '), first, parent);
    if (o !== null) this.use(h);
    this.objectiveBody({ ...h, children: h.children.filter((c) => c !== first) }, o, parent);
  }

  /** A paragraph holding a key result: an empty `_Key Result_:` line lets the next line speak. */
  textKr(n: OutlineNode, o: number): void {
    const lines = textLines(n);
    const body = lines.filter((l) => titleParts(l.text).title || titleParts(l.text).progress);
    if (!body.length) return;
    const text = body.map((l) => l.text).join(' ');
    this.addKr(
      o,
      text,
      lines.map((l) => l.line),
      null,
    );
  }

  body(n: OutlineNode, parent: number | null, inObjective: boolean): void {
    this.items(
      n.children.filter((c) => c.kind === 'item'),
      parent,
      inObjective,
    );
    for (const c of n.children) {
      if (c.kind === 'heading') this.heading(c, parent);
      else if (c.kind === 'table') this.table(c, inObjective ? parent : null, parent);
      else if (c.kind === 'text') this.text(c, parent, inObjective);
    }
  }

  /** Paragraph lines that label themselves: `O1. …` objectives, `KR: …` key results. */
  text(n: OutlineNode, parent: number | null, inObjective: boolean): void {
    let current: number | null = null;
    for (const l of textLines(n)) {
      const plain = plainInline(l.text);
      if (isObjectiveMarked(plain)) current = this.addObjective(l.text, [l.line], parent);
      else if (isKrLabelled(plain)) {
        const o = current ?? (inObjective ? parent : null);
        if (o !== null) this.addKr(o, l.text, [l.line], null);
      }
    }
  }

  objectiveBody(h: OutlineNode, o: number | null, parent: number | null): void {
    if (o === null) return this.body(h, parent, false);
    const obj = this.objectives[o]!;
    const notes: string[] = [];
    for (const c of h.children) {
      if (c.kind !== 'text') continue;
      const lines = textLines(c);
      const first = plainInline(lines[0]?.text ?? '');
      // `_Objective_: statement` under a named heading: the statement is the objective.
      if (isObjectiveMarked(first) && !isKrLabelled(first)) {
        const stmt = titleParts(lines.map((l) => l.text).join(' '));
        if (stmt.title) {
          notes.push(obj.title);
          obj.title = stmt.title;
          this.use(c);
        }
        continue;
      }
      if (isKrLabelled(first)) {
        this.textKr(c, o);
        continue;
      }
      notes.push(lines.map((l) => plainInline(l.text)).join('\n'));
      this.use(c);
    }
    const hasKrHeading = h.children.some(
      (c) => c.kind === 'heading' && KR_HEADING.test(plainInline(c.text)),
    );
    if (hasKrHeading) {
      for (const c of h.children)
        if (c.kind === 'item') {
          notes.push(`- ${plainInline(c.text)}`);
          this.use(c);
        }
    }
    obj.description = fitDescription([obj.description, ...notes].filter(Boolean).join('\n\n'));
    if (hasKrHeading) {
      for (const c of h.children) if (c.kind === 'heading') this.heading(c, o);
      return;
    }
    this.body({ ...h, children: h.children.filter((c) => c.kind !== 'text') }, o, true);
  }

  krList(h: OutlineNode, o: number): void {
    const items = h.children.filter((c) => c.kind === 'item');
    this.items(items, o, true);
    for (const c of h.children) if (c.kind === 'table') this.table(c, o, o);
    const listed = items.length > 0 || this.objectives[o]!.keyResults.length > 0;
    // Key results are also `P1: …` sub-headings whose first paragraph states them, with or
    // without a bullet list above that names them in short.
    for (const c of h.children) {
      if (c.kind !== 'heading') continue;
      const para = c.children.find((p) => p.kind === 'text');
      if (!isKrMarked(c.text, plainInline(c.text)) || (listed && !para)) {
        if (listed) this.heading(c, o);
        continue;
      }
      if (this.addKr(o, para?.text ?? c.text, para ?? c, null)) this.use(c);
    }
    if (this.objectives[o]!.keyResults.length) return;
    // …or a plain paragraph, as when an objective has a single key result.
    for (const c of h.children)
      if (c.kind === 'text' && !/:$/.test(c.text.trim())) this.addKr(o, c.text, c, null);
  }
}

/**
 * Reads OKRs written in Markdown: Cairn's own export (`### Objective` headings, key results
 * as `- title: 0 → 3 unit — facts`), and the shapes teams publish — `Objective:` headings,
 * bold objectives, owner lead-ins, `KR:`/`P0` bullets, task lists, nested lists, tables,
 * numbered `O1KR1` headings, `O1.` lines and link-wrapped key results with owners and scores.
 * Tolerant by design: it never throws, and lists every line it did not use.
 */
export function parseOkrMarkdown(text: string): ImportPreview {
  try {
    const source = String(text ?? '');
    const root = outlineMarkdown(source);
    const headings: OutlineNode[] = [];
    const walk = (n: OutlineNode): void => {
      for (const c of n.children)
        if (c.kind === 'heading') {
          headings.push(c);
          walk(c);
        }
    };
    walk(root);
    const reader = new Reader(
      headings.some((h) => {
        const t = plainInline(h.text);
        return isObjectiveMarked(t) && !ID_HEADING.test(t);
      }),
    );
    reader.body(root, null, false);
    if (!reader.objectives.length)
      reader.warnings.push({
        line: 1,
        message: 'No objectives found: write them as headings or list items with key results below',
      });
    const warnings = [
      ...reader.warnings,
      ...skippedLines(source, reader.used, reader.reasons),
    ].sort((a, b) => a.line - b.line);
    const usedLines = [...reader.used].sort((a, b) => a - b);
    return { objectives: reader.objectives, warnings, usedLines };
  } catch (err) {
    return {
      objectives: [],
      warnings: [
        {
          line: 1,
          message: `Could not read this text: ${(err as Error)?.message ?? 'unknown error'}`,
        },
      ],
    };
  }
}
