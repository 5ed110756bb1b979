import { fitTitle, inferKind, parseNumber, plainInline } from './importPreview';
import { PreviewBuilder } from './importBuilder';
import { boldOnly, type OutlineNode } from './markdownOutline';
import { readQuantity } from './quantity';
import { partsNote, titleParts } from './titleParts';

/** A table cell's number and unit: `40`, `40%`, `$1M`, `2,500 users`. */
function cellQuantity(cell: string | undefined): { value: number; unit: string } | null {
  const text = plainInline(cell ?? '');
  const n = parseNumber(text);
  if (n !== null) return { value: n, unit: '' };
  const q = readQuantity(text);
  return q.target !== undefined && !q.placeholder ? { value: q.target, unit: q.unit ?? '' } : null;
}

/**
 * Tables in an OKR file: an objective column beside a key-result column (with start, target and
 * unit columns read as numbers), or the spreadsheet shape — bold rows with empty cells are
 * objectives, the rows below are their key results.
 */
export class TableReader extends PreviewBuilder {
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
