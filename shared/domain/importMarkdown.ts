import {
  fitDescription,
  fitTitle,
  parseKrFacts,
  parseNumber,
  plainInline,
  inferKind,
  type ImportPreview,
  type ImportWarning,
  type PreviewObjective,
} from './importPreview';
import { boldOnly, outlineMarkdown, type OutlineNode } from './markdownOutline';
import {
  isGrouping,
  isKrMarked,
  isLinkOnly,
  isObjectiveMarked,
  KR_HEADING,
  krText,
  liveChildren,
  objectiveLike,
  objectiveText,
  SKIP_HEADING,
} from './okrMarkers';

export type {
  ImportPreview,
  PreviewObjective,
  PreviewKeyResult,
  ImportWarning,
} from './importPreview';

class Reader {
  objectives: PreviewObjective[] = [];
  warnings: ImportWarning[] = [];
  constructor(private explicit: boolean) {}

  addObjective(
    title: string,
    line: number,
    parent: number | null,
    description = '',
  ): number | null {
    if (!title) {
      this.warnings.push({ line, message: 'Skipped an objective with no title' });
      return null;
    }
    this.objectives.push({
      title: fitTitle(title, line, this.warnings),
      description: fitDescription(description),
      keyResults: [],
      line,
      parent,
    });
    return this.objectives.length - 1;
  }

  addKr(objective: number, raw: string, line: number, checked: boolean | null): void {
    const text = krText(raw);
    if (!text) return;
    const facts = parseKrFacts(text, checked);
    this.objectives[objective]!.keyResults.push({
      ...facts,
      title: fitTitle(facts.title, line, this.warnings),
      line,
    });
  }

  heading(h: OutlineNode, parent: number | null): void {
    const title = plainInline(h.text);
    if (!title) return this.body(h, parent, false);
    if (isObjectiveMarked(title))
      return this.objectiveBody(h, this.addObjective(objectiveText(h.text), h.line, parent));
    if (KR_HEADING.test(title))
      return parent === null ? this.body(h, null, false) : this.krList(h, parent);
    if (SKIP_HEADING.test(title)) return;
    const items = liveChildren(h);
    const krList = items.length > 0 && !items.some(objectiveLike);
    // A short heading over marked key results (`- [ ] …`, `P0 …`) is still their objective.
    const marked =
      krList && items.some((i) => i.checked !== null || isKrMarked(i.text, plainInline(i.text)));
    if (!marked && (this.explicit || isGrouping(title, h.level)))
      return this.body(h, parent, false);
    if (krList)
      return this.objectiveBody(h, this.addObjective(objectiveText(h.text), h.line, parent));
    // A heading whose sub-headings or items hold objectives is their parent objective.
    const slot = this.addObjective(objectiveText(h.text), h.line, parent);
    const before = this.objectives.length;
    this.body(h, slot, false);
    if (this.objectives.length === before && slot !== null) this.objectives.pop();
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
    }
  }

  objectiveBody(h: OutlineNode, o: number | null): void {
    if (o === null) return;
    const hasKrHeading = h.children.some(
      (c) => c.kind === 'heading' && KR_HEADING.test(plainInline(c.text)),
    );
    const texts = h.children.filter((c) => c.kind === 'text').map((c) => plainInline(c.text));
    if (hasKrHeading) {
      const notes = h.children
        .filter((c) => c.kind === 'item')
        .map((c) => `- ${plainInline(c.text)}`);
      this.objectives[o]!.description = fitDescription([...texts, ...notes].join('\n'));
      for (const c of h.children) if (c.kind === 'heading') this.heading(c, o);
      return;
    }
    this.objectives[o]!.description = fitDescription(texts.join('\n\n'));
    this.body(h, o, true);
  }

  krList(h: OutlineNode, o: number): void {
    const items = h.children.filter((c) => c.kind === 'item');
    this.items(items, o, true);
    for (const c of h.children) if (c.kind === 'table') this.table(c, o, o);
    if (items.length || this.objectives[o]!.keyResults.length) return;
    // Without bullets, key results are `P1: …` sub-headings (their first paragraph says it)…
    for (const c of h.children) {
      if (c.kind !== 'heading' || !isKrMarked(c.text, plainInline(c.text))) continue;
      const para = c.children.find((p) => p.kind === 'text');
      this.addKr(o, para?.text ?? c.text, para?.line ?? c.line, null);
    }
    if (this.objectives[o]!.keyResults.length) return;
    // …or a plain paragraph, as when an objective has a single key result.
    for (const c of h.children)
      if (c.kind === 'text' && !/:$/.test(c.text.trim())) this.addKr(o, c.text, c.line, null);
  }

  items(list: OutlineNode[], parent: number | null, inObjective: boolean): void {
    for (const it of list) {
      if (isLinkOnly(it.text)) {
        this.items(it.children, parent, inObjective);
        continue;
      }
      const plain = plainInline(it.text);
      if (isObjectiveMarked(plain) || boldOnly(it.text) !== null) {
        const o = this.addObjective(
          objectiveText(it.text),
          it.line,
          parent,
          it.para.map(plainInline).join('\n\n'),
        );
        if (o !== null) this.items(it.children, o, true);
        continue;
      }
      if (isKrMarked(it.text, plain) || it.checked !== null) {
        if (inObjective && parent !== null) {
          this.addKr(parent, it.text, it.line, it.checked);
          this.krDetails(it, parent);
        } else
          this.warnings.push({
            line: it.line,
            message: `Skipped a key result with no objective above it: "${krText(it.text).slice(0, 80)}"`,
          });
        continue;
      }
      if (liveChildren(it).length) {
        const o = this.addObjective(
          objectiveText(it.text),
          it.line,
          parent,
          it.para.map(plainInline).join('\n\n'),
        );
        if (o !== null) this.items(it.children, o, true);
        continue;
      }
      if (inObjective && parent !== null) this.addKr(parent, it.text, it.line, it.checked);
      else this.addObjective(objectiveText(it.text), it.line, parent);
    }
  }

  /** Items nested in a key result: marked ones are more key results, the rest is explanation. */
  krDetails(kr: OutlineNode, o: number): void {
    let skipped = 0;
    for (const c of kr.children) {
      if (c.kind !== 'item' || isLinkOnly(c.text)) continue;
      if (isKrMarked(c.text, plainInline(c.text)) || c.checked !== null) {
        this.addKr(o, c.text, c.line, c.checked);
        this.krDetails(c, o);
      } else skipped++;
    }
    if (skipped)
      this.warnings.push({
        line: kr.line,
        message: `Skipped ${skipped} explanation line${skipped > 1 ? 's' : ''} under a key result`,
      });
  }

  table(t: OutlineNode, objective: number | null, parent: number | null): void {
    const [head, ...rows] = t.rows;
    if (!head) return;
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
        const o = objectiveText(r.cells[objCol] ?? '');
        if (o && (current === null || this.objectives[current]!.title !== o))
          current = this.addObjective(o, r.line, parent);
        const kr = r.cells[krCol] ?? '';
        if (!kr.trim() || current === null) continue;
        const start = parseNumber(plainInline(r.cells[startCol] ?? ''));
        const target = parseNumber(plainInline(r.cells[targetCol] ?? ''));
        if (start !== null && target !== null) {
          const title = fitTitle(krText(kr), r.line, this.warnings);
          const unit = plainInline(r.cells[unitCol] ?? '').slice(0, 40);
          this.objectives[current]!.keyResults.push({
            title,
            kind: inferKind(start, target),
            start,
            target,
            current: start,
            unit,
            note: '',
            line: r.line,
          });
        } else this.addKr(current, kr, r.line, null);
      }
      return;
    }
    // The spreadsheet shape: bold rows with empty cells are objectives, the rows below are key results.
    for (const r of rows) {
      const first = r.cells[0] ?? '';
      const bold = boldOnly(first);
      const rest = r.cells.slice(1).some((c) => plainInline(c));
      if (bold !== null) {
        if (plainInline(bold) && !rest)
          current = this.addObjective(objectiveText(bold), r.line, parent);
        continue;
      }
      if (!plainInline(first)) continue;
      if (current !== null) this.addKr(current, first.replace(/^\s*\d+[.)]\s+/, ''), r.line, null);
      else
        this.warnings.push({
          line: r.line,
          message: 'Skipped a table row with no objective above it',
        });
    }
  }
}

/**
 * Reads OKRs written in Markdown: Cairn's own export (`### Objective` headings, key results
 * as `- title: 0 → 3 unit — facts`), and the shapes teams publish — `Objective:` headings,
 * bold objectives, `KR:`/`P0` bullets, task lists, nested lists and tables. Tolerant by
 * design: it never throws, and says which lines it skipped.
 */
export function parseOkrMarkdown(text: string): ImportPreview {
  try {
    const root = outlineMarkdown(String(text ?? ''));
    const headings: OutlineNode[] = [];
    const walk = (n: OutlineNode): void => {
      for (const c of n.children)
        if (c.kind === 'heading') {
          headings.push(c);
          walk(c);
        }
    };
    walk(root);
    const reader = new Reader(headings.some((h) => isObjectiveMarked(plainInline(h.text))));
    reader.body(root, null, false);
    if (!reader.objectives.length)
      reader.warnings.push({
        line: 1,
        message: 'No objectives found: write them as headings or list items with key results below',
      });
    return { objectives: reader.objectives, warnings: reader.warnings };
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
