import { Parser, type Node } from 'commonmark';

/** Reading Markdown back the way a renderer would, for assertions about its structure. */

export function parse(md: string): Node {
  return new Parser().parse(md);
}

export function nodesOfType(doc: Node, type: string): Node[] {
  const out: Node[] = [];
  const walker = doc.walker();
  let ev = walker.next();
  while (ev) {
    if (ev.entering && ev.node.type === type) out.push(ev.node);
    ev = walker.next();
  }
  return out;
}

/** The literal text under a node, as a reader sees it. */
export function textOf(node: Node): string {
  let s = '';
  const walker = node.walker();
  let ev = walker.next();
  while (ev) {
    if (ev.entering && (ev.node.type === 'text' || ev.node.type === 'code'))
      s += ev.node.literal ?? '';
    if (ev.entering && (ev.node.type === 'softbreak' || ev.node.type === 'linebreak')) s += '\n';
    ev = walker.next();
  }
  return s;
}

export const headings = (md: string, level?: number): string[] =>
  nodesOfType(parse(md), 'heading')
    .filter((h) => level === undefined || h.level === level)
    .map(textOf);

/** Anything a Markdown renderer would pass through as HTML, or turn into emphasis or links. */
export const markupNodes = (md: string): Node[] =>
  ['html_inline', 'html_block', 'emph', 'strong', 'link', 'image', 'code'].flatMap((t) =>
    nodesOfType(parse(md), t),
  );

/**
 * Table rows as GitHub-flavoured Markdown splits them: on pipes not escaped with a backslash.
 * (The commonmark package has no tables, so the split follows the GFM rule directly.)
 */
export function tableRows(md: string): string[][] {
  return md
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .trim()
        .replace(/^\|/, '')
        .replace(/(?<!\\)\|$/, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

/** Cell text once Markdown escapes are resolved, as a reader of the rendered table sees it. */
export const cellText = (cell: string): string => textOf(parse(cell.replace(/\\\|/g, '|'))).trim();
