/**
 * Putting text that people typed into CommonMark (and GitHub-flavoured tables) without it
 * becoming markup: a title such as `*Win* | <script>` must come out as those characters, in
 * one table cell, on one line. Every report that renders Markdown uses these helpers.
 */

/** Characters that start or end inline markup anywhere in a line, or split a table cell. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&#]/g;

/**
 * Markers that only mean something at the start of a line: a bullet ("- ", "+ "), a thematic
 * break or setext underline ("---", "==="), an ordered list ("1. ", "2)"). Escaped there;
 * "-5", "+1" or "24.5" are left alone so numbers stay readable.
 */
const LEADING_MARKER = /^([-+=])(?=\s|$|\1)|^(\d{1,9})([.)])(?=\s|$)/;

/**
 * Anything the escaping below would touch: whitespace other than single inner spaces, control
 * characters, markup characters, or a first character that could open a line marker. Most
 * titles have none, and reports escape tens of thousands of them, so those skip the replaces.
 */
// eslint-disable-next-line no-control-regex
const MAY_CHANGE = /[^\S ]| {2}|^ | $|[\u0000-\u001f\u007f\\`*_[\]<>|~&#]|^[-+=0-9]/;

/**
 * One line of plain text as inline Markdown: whitespace (newlines included) collapses to
 * single spaces, control characters go, and every character that could open markup, HTML,
 * an entity or a table cell is backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  const line = text
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return line
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(LEADING_MARKER, (_m, sign?: string, digits?: string, punct?: string) =>
      sign ? `\\${sign}` : `${digits}\\${punct}`,
    );
}

/** Text for a table cell: escaped like any inline text; an empty cell gets a dash so it shows. */
export const escapeTableCell = (text: string, empty = '–'): string => {
  const cell = escapeMarkdown(text);
  return cell === '' ? empty : cell;
};

export type Align = 'left' | 'right' | 'center';

/**
 * A GitHub-flavoured table. Cells must already be Markdown (user text through
 * `escapeMarkdown`); rows shorter than the header are padded so every row has the same cells.
 */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const rule = headers.map((_, i) => {
    const a = align[i] ?? 'left';
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  const line = (cells: readonly string[]) =>
    `| ${headers.map((_, i) => (cells[i] ?? '').replace(/\s*\n\s*/g, ' ')).join(' | ')} |`;
  return [line(headers), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A bullet list of already-escaped items; nothing at all when there are none. */
export const markdownList = (items: readonly string[], ordered = false): string =>
  items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');
