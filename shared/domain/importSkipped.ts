import { plainInline } from './inlineMarkdown';
import type { ImportWarning } from './importPreview';

const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const TABLE_RULE = /^\s*\|?[\s|:-]*-[\s|:-]*$/;
const COMMENT_ONLY = /^\s*(?:<!--.*?-->\s*)+$/;

/** A line a reader would call content: not blank, not a rule, not a table's separator row. */
const isContent = (line: string): boolean =>
  !!line.trim() && !RULE.test(line) && !TABLE_RULE.test(line) && !COMMENT_ONLY.test(line);

/**
 * Every content line the importer did not use, as runs of lines with what they start with, so
 * the preview can say what was left out. Blank lines between two skipped lines join their runs.
 */
export function skippedLines(
  source: string,
  used: ReadonlySet<number>,
  reasons: ReadonlyMap<number, string>,
): ImportWarning[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: ImportWarning[] = [];
  let run: { start: number; end: number; reason: string; first: string } | null = null;
  const close = (): void => {
    if (!run) return;
    const excerpt = plainInline(run.first).slice(0, 80) || run.first.trim().slice(0, 80);
    const what = run.reason ? `Skipped (${run.reason})` : 'Not imported';
    out.push({
      line: run.start,
      ...(run.end > run.start ? { endLine: run.end } : {}),
      message: `${what}: "${excerpt}${excerpt.length >= 80 ? '…' : ''}"`,
    });
    run = null;
  };
  lines.forEach((text, i) => {
    const n = i + 1;
    if (!isContent(text)) return;
    if (used.has(n)) return close();
    const reason = reasons.get(n) ?? '';
    if (run && run.reason === reason) run.end = n;
    else {
      close();
      run = { start: n, end: n, reason, first: text };
    }
  });
  close();
  return out;
}
