/** Text for the SVG drawings: escaped for XML and wrapped to a card's width. */

/** Characters XML 1.0 cannot hold at all, even escaped. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text made safe for SVG element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Splits text into at most `maxLines` lines of about `perLine` characters (an estimate: there is
 * no font metrics here), ending with an ellipsis when it had to cut.
 */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!;
    const next = cur ? `${cur} ${w}` : w;
    if (next.length <= perLine) {
      cur = next;
      continue;
    }
    if (cur) lines.push(cur);
    cur = w;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && cur) {
    lines.push(cur);
    i = words.length;
  }
  const cutShort = i < words.length || lines.some((l) => l.length > perLine);
  const out = lines
    .slice(0, maxLines)
    .map((l) => (l.length > perLine ? l.slice(0, perLine - 1) + '…' : l));
  if (cutShort && out.length) {
    const last = out[out.length - 1]!;
    if (!last.endsWith('…'))
      out[out.length - 1] = (last.length >= perLine ? last.slice(0, perLine - 1) : last) + '…';
  }
  return out;
}
