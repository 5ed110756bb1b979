import {
  fitDescription,
  fitTitle,
  parseNumber,
  plainInline,
  inferKind,
  type ImportPreview,
} from './importPreview';
import { PreviewBuilder } from './importBuilder';
import { skippedLines } from './importSkipped';
import { readQuantity } from './quantity';
import { boldOnly, outlineMarkdown, type OutlineNode } from './markdownOutline';
import {
  COLUMN_HEADER,
  ID_HEADING,
  isGrouping,
  isKrLabelled,
  isKrMarked,
  isLinkOnly,
  isObjectiveMarked,
  isSectionTitle,
  KR_HEADING,
  liveChildren,
  objectiveLike,
  SKIP_HEADING,
  TOC_HEADING,
} from './okrMarkers';
import { isBoldStatement, partsNote, titleParts } from './titleParts';

export type {
  ImportPreview,
  PreviewObjective,
  PreviewKeyResult,
  ImportWarning,
} from './importPreview';

/** A table cell's number and unit: `40`, `40%`, `$1M`, `2,500 users`. */
function cellQuantity(cell: string | undefined): { value: number; unit: string } | null {
  const text = plainInline(cell ?? '');
  const n = parseNumber(text);
  if (n !== null) return { value: n, unit: '' };
  const q = readQuantity(text);
  return q.target !== undefined && !q.placeholder ? { value: q.target, unit: q.unit ?? '' } : null;
}

/** One line of a paragraph with its line number. */
const textLines = (n: OutlineNode): { text: string; line: number }[] =>
  n.text.split('\n').map((text, i) => ({ text, line: n.lines[i] ?? n.line }));

class Reader extends PreviewBuilder {
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

  items(list: OutlineNode[], parent: number | null, inObjective: boolean): void {
    // A first item that names columns ("Key Result Owner(s) Score") says what its siblings are.
    let krsOnly = false;
    for (const it of list) {
      const plain = plainInline(it.text);
      if (COLUMN_HEADER.test(plain) || /^objectives?\s*\/\s*key results?\b/i.test(plain)) {
        this.skip(it, 'column headings');
        krsOnly = !/objective/i.test(plain);
        continue;
      }
      if (isLinkOnly(it.text)) {
        this.skip(it, 'a link, not an OKR');
        this.items(it.children, parent, inObjective);
        continue;
      }
      const krHome = (): number =>
        inObjective && parent !== null ? parent : (parent ?? this.orphanHome(it.line));
      if (krsOnly || isKrLabelled(plain)) {
        const home = krHome();
        if (this.addKr(home, it.text, it, it.checked)) this.krDetails(it, home);
        continue;
      }
      if (this.objectiveItem(it)) {
        const o = this.addObjective(it.text, it, parent, it.para.map(plainInline).join('\n\n'));
        if (o !== null) this.items(it.children, o, true);
        continue;
      }
      if (isKrMarked(it.text, plain) || it.checked !== null) {
        const home = krHome();
        if (this.addKr(home, it.text, it, it.checked)) this.krDetails(it, home);
        continue;
      }
      // "Line up this pipeline:" over a plain list: one key result whose list spells it out.
      const spelledOut =
        inObjective && /:$/.test(plain) && it.children.every((c) => !c.children.length);
      if (spelledOut && parent !== null) {
        if (this.addKr(parent, it.text, it, it.checked)) this.krDetails(it, parent);
        continue;
      }
      if (liveChildren(it).length) {
        const o = this.addObjective(it.text, it, parent, it.para.map(plainInline).join('\n\n'));
        if (o !== null) this.items(it.children, o, true);
        continue;
      }
      if (inObjective && parent !== null) {
        if (this.addKr(parent, it.text, it, it.checked)) this.krDetails(it, parent);
      } else this.addObjective(it.text, it, parent);
    }
  }

  /** Items nested in a key result: marked ones are more key results, objectives nest, the rest is its note. */
  krDetails(kr: OutlineNode, o: number): void {
    for (const c of kr.children) {
      if (c.kind !== 'item') continue;
      const plain = plainInline(c.text);
      const kr = isKrLabelled(plain) || c.checked !== null;
      if (!kr && (this.objectiveItem(c) || (!isKrMarked(c.text, plain) && objectiveLike(c))))
        this.items([c], o, false);
      else if (kr || isKrMarked(c.text, plain)) {
        if (this.addKr(o, c.text, c, c.checked)) this.krDetails(c, o);
      } else this.krNote(o, c);
    }
  }

  /** An item that says it is an objective: labelled, bold as a whole, or over marked key results. */
  objectiveItem(it: OutlineNode): boolean {
    const plain = plainInline(it.text);
    return (
      isObjectiveMarked(plain) ||
      boldOnly(it.text) !== null ||
      isBoldStatement(it.text) ||
      liveChildren(it).some((c) => isKrMarked(c.text, plainInline(c.text)))
    );
  }

  table(t: OutlineNode, objective: number | null, parent: number | null): void {
    const [head, ...rows] = t.rows;
    if (!head) return;
    this.reasons.set(head.line, 'column headings');
    const cols = head.cells.map((c) => plainInline(c).toLowerCase());
    const find = (re: RegExp): number => cols.findIndex((c) => re.test(c));
    const objCol = find(/objective/);
    const krCol = find(/key ?result|^krs?$/);
    let current = objective;
    if (objCol >= 0 && krCol >= 0 && objCol !== krCol) {
      const [startCol, targetCol, unitCol] = [
        find(/^(start|from|baseline)/),
        find(/^(target|goal|to)\b/),
        find(/^unit/),
      ];
      for (const r of rows) {
        const o = titleParts(r.cells[objCol] ?? '').title;
        if (o && (current === null || this.objectives[current]!.title !== o))
          current = this.addObjective(r.cells[objCol] ?? '', [r.line], parent);
        else this.use([r.line]);
        const kr = r.cells[krCol] ?? '';
        if (!kr.trim() || current === null) continue;
        const from = cellQuantity(r.cells[startCol]);
        const to = cellQuantity(r.cells[targetCol]);
        const start = from?.value ?? null;
        const target = to?.value ?? null;
        if (start !== null && target !== null) {
          const parts = titleParts(kr);
          const title = fitTitle(parts.title, r.line, this.warnings);
          const unit = (plainInline(r.cells[unitCol] ?? '') || to?.unit || from?.unit || '').slice(
            0,
            40,
          );
          this.objectives[current]!.keyResults.push({
            title,
            kind: inferKind(start, target),
            start,
            target,
            current: start,
            unit,
            note: partsNote(parts),
            line: r.line,
          });
        } else this.addKr(current, kr, [r.line], null);
      }
      return;
    }
    // The spreadsheet shape: bold rows with empty cells are objectives, the rows below are key results.
    for (const r of rows) {
      const first = r.cells[0] ?? '';
      const bold = boldOnly(first);
      const rest = r.cells.slice(1).some((c) => plainInline(c));
      if (bold !== null) {
        if (plainInline(bold) && !rest) current = this.addObjective(bold, [r.line], parent);
        continue;
      }
      if (!plainInline(first)) continue;
      if (current !== null) this.addKr(current, first, [r.line], null);
      else this.reasons.set(r.line, 'a table row with no objective above it');
    }
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
