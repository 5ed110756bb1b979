const INLINE_TAGS =
  /<\/?(?:sub|sup|b|i|em|strong|code|br|span|kbd|u|s|del|ins|mark|small)\b[^>]*>/gi;
/** Link text may hold escaped brackets: `[support \[redacted\]](#o2r2)`. */
const LINK_TEXT = String.raw`((?:\\.|[^\]\\])*)`;
const IMAGE = new RegExp(String.raw`!\[${LINK_TEXT}\]\([^)]*\)`, 'g');
const LINK = new RegExp(String.raw`\[${LINK_TEXT}\]\([^)]*\)`, 'g');
const REF_LINK = new RegExp(String.raw`\[((?:\\.|[^\]\\])+)\]\[[^\]]*\]`, 'g');

/** Markdown inline syntax → the words a reader sees (links keep their text, images their alt). */
export function plainInline(md: string): string {
  return md
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(REF_LINK, '$1')
    .replace(INLINE_TAGS, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/__([^_]*)__/g, '$1')
    .replace(/~~([^~]*)~~/g, '$1')
    .replace(/(^|[\s(])\*(\S(?:[^*]*\S)?)\*(?=[\s).,:;!?]|$)/g, '$1$2')
    .replace(/(^|[\s(])_(\S(?:[^_]*\S)?)_(?=[\s).,:;!?]|$)/g, '$1$2')
    .replace(/\\$/, '')
    .replace(/\\([[\]()*_`#\\!<>|-])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
