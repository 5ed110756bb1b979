import { plainInline } from './importPreview';
import { boldOnly, type OutlineNode } from './markdownOutline';

/** How OKR text marks itself: objective and key-result prefixes, priorities, owners, headings. */

/** `Objective:`, `OBJECTIVE:`, `O1:`, `O:` before an objective's title. */
export const OBJECTIVE_PREFIX = /^(?:objective\s*\d*|o\d{0,2})\s*[:.)]\s+/i;
/** `KR:`, `KR2:`, `Key result:`, `Sales (Deals) KR:` before a key result. */
const KR_PREFIX =
  /^(?:[^:]{0,60}?\s(?:kr|key result)\s*\d*\s*:|(?:kr|key result)\s*\d*\s*[:.)-])\s*/i;
/** `P0`, `[P1]`, `p2 -` priority tags (after inline cleanup). */
const PRIORITY_PREFIX = /^\[?p[0-4]\]?(?:\s*[:\-–—]\s*|\s+)/i;
const PRIORITY_ANYWHERE = /\[p[0-4]\]|^\s*(?:\*\*|`|!\[)?p[0-4]\b/i;
const OWNER_PREFIX = /^(?:@[\w.?-]+\s*[-–—:]\s*|\[[^\]()]{1,40}\]\s+(?!\())/;
const TRAILING_TAGS = /(?:\s*\[[A-Z0-9][A-Z0-9 _-]{0,20}\])+\s*$/;
const TRAILING_OWNER = /(?:\s+@[\w.-]+)+\s*$/;

export const KR_HEADING = /^(?:key[\s-]*results?|krs?|results)\b/i;
export const SKIP_HEADING =
  /^(?:initiatives?|rationale?|rational|not included|alternatives?|notes?|background|context|progress|status|links?|resources|summary|table of contents|contents|retro(?:spective)?|why|risks?|dependencies|out of scope|non-goals|appendix|references?|owners?|scoring|timeline)\b/i;
const GROUPING_WORDS =
  /\b(?:okrs?|objectives and key results|goals|vision|quarter|fiscal|fy\s?\d{2,4}|cy\d{2}|q[1-4]|h[12]|(?:19|20)\d{2})\b/i;

const LINK_ONLY = /^\s*(?:[\w ]{1,12}:\s*)?(?:\[[^\]]*\]\([^)]*\)[\s,;]*)+(?:\([^)]*\))?\s*$/;

export const isLinkOnly = (raw: string): boolean => LINK_ONLY.test(raw) || !plainInline(raw);
/** Cairn's own key result line: `title: 0 → 3 unit`, `title: 40 -> 10 s`, `title: done`. */
const KR_FACTS =
  /:\s*(?:[$€£¥]?[-+]?\.?\d[\d,.]*\s*\S{0,12}\s*(?:→|->|⟶)\s*[$€£¥]?[-+]?\.?\d|(?:not )?done\b)/i;
export const isKrMarked = (raw: string, plain: string): boolean =>
  KR_PREFIX.test(plain) ||
  PRIORITY_ANYWHERE.test(raw) ||
  PRIORITY_PREFIX.test(plain) ||
  KR_FACTS.test(plain);
export const isObjectiveMarked = (plain: string): boolean => OBJECTIVE_PREFIX.test(plain);
export const liveChildren = (n: OutlineNode): OutlineNode[] =>
  n.children.filter((c) => c.kind === 'item' && !isLinkOnly(c.text));

/** Grouping headings are quarters, departments and document titles, not objectives. */
export function isGrouping(title: string, level: number): boolean {
  return (
    level === 1 || /:$/.test(title) || title.split(/\s+/).length <= 2 || GROUPING_WORDS.test(title)
  );
}

export function objectiveLike(n: OutlineNode): boolean {
  const plain = plainInline(n.text);
  if (isObjectiveMarked(plain) || boldOnly(n.text) !== null) return true;
  return liveChildren(n).length > 0 && n.checked === null && !isKrMarked(n.text, plain);
}

/** A key result's title without its priority, owner and tag decorations. */
export function krText(raw: string): string {
  let t = plainInline(raw.replace(TRAILING_TAGS, ''));
  t = t.replace(KR_PREFIX, '');
  for (let i = 0; i < 3; i++) t = t.replace(PRIORITY_PREFIX, '').replace(OWNER_PREFIX, '').trim();
  return t.replace(TRAILING_OWNER, '').trim();
}

export const objectiveText = (raw: string): string =>
  plainInline(raw.replace(TRAILING_TAGS, ''))
    .replace(OBJECTIVE_PREFIX, '')
    .replace(/^\d+\s+(?=\S)/, '')
    .trim();
