const INLINE_TAGS =
  /<\/?(?:sub|sup|b|i|em|strong|code|br|span|kbd|u|s|del|ins|mark|small)\b[^>]*>/gi;

/** Markdown inline syntax → the words a reader sees (links keep their text, images their alt). */
export function plainInline(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(INLINE_TAGS, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/__([^_]*)__/g, '$1')
    .replace(/~~([^~]*)~~/g, '$1')
    .replace(/(^|[\s(])\*(\S(?:[^*]*\S)?)\*(?=[\s).,:;!?]|$)/g, '$1$2')
    .replace(/(^|[\s(])_(\S(?:[^_]*\S)?)_(?=[\s).,:;!?]|$)/g, '$1$2')
    .replace(/\\$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
