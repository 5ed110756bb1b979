/**
 * A forgiving outline of a Markdown document: headings hold what follows them, list items
 * hold their nested items, tables are grouped rows. Enough structure to find OKRs in the
 * shapes people write them; not a Markdown renderer (code blocks and HTML are skipped).
 */

export interface OutlineNode {
  kind: 'root' | 'heading' | 'item' | 'table' | 'text';
  /** Raw inline Markdown of the heading, item or paragraph. */
  text: string;
  /** 1-based line number. */
  line: number;
  /** Heading level (1–6; bold-only paragraphs act as one level deeper than their section). */
  level: number;
  /** Item indentation in columns (tabs count 4). */
  indent: number;
  /** Task-list state of an item: `[x]` true, `[ ]` false, otherwise null. */
  checked: boolean | null;
  children: OutlineNode[];
  /** Paragraphs inside an item (indented under it after a blank line). */
  para: string[];
  /** Table rows, each a list of raw cells. */
  rows: { cells: string[]; line: number }[];
  /** Every source line this node took in (continuations, paragraphs, rows), for the skipped-lines list. */
  lines: number[];
}

const node = (
  kind: OutlineNode['kind'],
  text: string,
  line: number,
  level = 0,
  indent = 0,
): OutlineNode => ({
  kind,
  text,
  line,
  level,
  indent,
  checked: null,
  children: [],
  para: [],
  rows: [],
  lines: line > 0 ? [line] : [],
});

const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const ITEM = /^(\s*)([-*+]|\d{1,9}[.)])(?:\s+(.*))?$/;
const CHECKBOX = /^\[( |x|X)\]\s+/;
const FENCE = /^\s*(```|~~~)/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const SETEXT = /^\s*(=+|-+)\s*$/;
const KR_LINE = /^(?:\*\*)?(?:kr|key result)\s*\d*\s*:/i;

const columns = (ws: string): number =>
  [...ws].reduce((n, c) => n + (c === '\t' ? 4 - (n % 4) : 1), 0);

function splitRow(line: string): string[] {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
  return cells.map((c) => c.trim());
}

/** A paragraph that is bold and nothing else (`**Rationale**`), read as a small heading. */
export function boldOnly(text: string): string | null {
  const t = text.trim().replace(/\\$/, '').trim();
  const m = /^(?:\*\*(.+)\*\*|__(.+)__)[.:]?$/.exec(t);
  const inner = m ? (m[1] ?? m[2] ?? '') : '';
  return m && !inner.includes('**') && !inner.includes('__') ? inner.trim() : null;
}

/** Builds the outline; never throws, whatever the text. */
export function outlineMarkdown(text: string): OutlineNode {
  const root = node('root', '', 0);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const sections: OutlineNode[] = [root];
  let items: OutlineNode[] = [];
  let last: OutlineNode | null = null;
  let blank = true;
  let fence: string | null = null;
  const pseudo = new WeakSet<OutlineNode>();

  const section = (): OutlineNode => sections[sections.length - 1]!;
  const openHeading = (h: OutlineNode): void => {
    while (sections.length > 1 && section().level >= h.level) sections.pop();
    section().children.push(h);
    sections.push(h);
    items = [];
    last = h;
  };

  // YAML front matter (`---` first, up to the next `---`) is page settings, not text.
  let first = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (end > 0) first = end + 1;
  }

  for (let i = first; i < lines.length; i++) {
    const lineNo = i + 1;
    let raw = lines[i]!;
    const f = FENCE.exec(raw);
    if (fence) {
      if (f && f[1] === fence) fence = null;
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    raw = raw.replace(/^(\s*)(?:>\s?)+/, '$1').replace(/<!--.*?-->/g, '');
    if (!raw.trim()) {
      blank = true;
      continue;
    }
    const wasBlank = blank;
    blank = false;
    const prev: OutlineNode | null = last;
    if (SETEXT.test(raw) && !wasBlank && prev?.kind === 'text' && !prev.text.includes('\n')) {
      section().children.pop();
      const h = node('heading', prev.text, prev.line, raw.trim().startsWith('=') ? 1 : 2);
      h.lines.push(lineNo);
      openHeading(h);
      continue;
    }
    if (RULE.test(raw)) {
      last = null;
      continue;
    }
    const h = HEADING.exec(raw);
    if (h) {
      openHeading(node('heading', h[2] ?? '', lineNo, h[1]!.length));
      continue;
    }
    if (raw.trim().startsWith('|')) {
      if (/^[\s|:-]+$/.test(raw)) continue;
      if (prev?.kind !== 'table') {
        const t = node('table', '', lineNo);
        section().children.push(t);
        last = t;
        items = [];
      }
      last!.rows.push({ cells: splitRow(raw), line: lineNo });
      if (last!.line !== lineNo) last!.lines.push(lineNo);
      continue;
    }
    const it = ITEM.exec(raw);
    if (it) {
      const indent = columns(it[1]!);
      let body = it[3] ?? '';
      const item = node('item', body, lineNo, 0, indent);
      const cb = CHECKBOX.exec(body);
      if (cb) {
        item.checked = cb[1] !== ' ';
        body = body.slice(cb[0].length);
        item.text = body;
      }
      while (items.length && items[items.length - 1]!.indent >= indent) items.pop();
      (items[items.length - 1] ?? section()).children.push(item);
      items.push(item);
      last = item;
      continue;
    }
    const indent = columns(/^\s*/.exec(raw)![0]);
    const trimmed = raw.trim();
    const owner = items[items.length - 1];
    if (!wasBlank && prev && (prev.kind === 'item' || prev.kind === 'text')) {
      // A `KR:` line right under an item (joined by a trailing backslash) is its own key result.
      const anchor = prev.kind === 'item' && prev.indent >= 0 ? prev : null;
      if (owner && KR_LINE.test(trimmed)) {
        const host = anchor && !anchor.text.match(KR_LINE) ? anchor : owner;
        const kr = node('item', trimmed, lineNo, 0, -1);
        host.children.push(kr);
        last = kr;
        continue;
      }
      if (prev.kind === 'item' && prev.para.length === 0)
        prev.text = `${prev.text.replace(/\\$/, '')} ${trimmed}`;
      else if (prev.kind === 'item') prev.para[prev.para.length - 1] += ` ${trimmed}`;
      else prev.text += `\n${trimmed}`;
      prev.lines.push(lineNo);
      continue;
    }
    if (owner && indent > owner.indent && indent > 0) {
      owner.para.push(trimmed);
      owner.lines.push(lineNo);
      continue;
    }
    const bold = boldOnly(trimmed);
    if (bold && bold.length <= 80 && !/[.!?]$/.test(bold)) {
      const cur = section();
      const ph = node('heading', bold, lineNo, pseudo.has(cur) ? cur.level : cur.level + 1);
      pseudo.add(ph);
      openHeading(ph);
      continue;
    }
    const t = node('text', trimmed, lineNo);
    section().children.push(t);
    items = [];
    last = t;
  }
  return root;
}
