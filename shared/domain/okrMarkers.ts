import { plainInline } from './inlineMarkdown';
import { boldOnly, type OutlineNode } from './markdownOutline';
import { isOrgUnitName, titleParts } from './titleParts';

/** How OKR text marks itself: objective and key-result prefixes, priorities, owners, headings. */

/** `Objective:`, `OBJECTIVE 2:`, `O1:`, `O1.`, `O1 Build…`, `_Objective_:` before an objective's title. */
export const OBJECTIVE_PREFIX =
  /^(?:objective\s*\d*\s*(?:[:.)]|\s+[-–—])|o\d{1,2}(?:\s*[:.)]|\s+[-–—])|o\d{1,2}\s+(?=\p{Lu})|o\s*:)\s*/iu;
/** `KR:`, `KR2:`, `Key result:`, `Sales (Deals) KR:`, `Key Result 2:` before a key result. */
const KR_PREFIX =
  /^(?:[^:]{0,110}?\s(?:krs?|key results?)\s*\d*\s*:|(?:krs?|key results?)\s*(?:\d{1,2}(?:\.\d{1,2})*)?(?:\s*[:.)]|\s+[-–—]))\s*/i;
/** `P0`, `[P1]`, `p2 -` priority tags (after inline cleanup). */
const PRIORITY_PREFIX = /^\[?p[0-4]\]?(?:\s*[:\-–—]\s*|\s+)/i;
const PRIORITY_ANYWHERE = /\[p[0-4]\]|^\s*(?:\*\*|`|!\[)?p[0-4]\b/i;

export const KR_HEADING = /^(?:key[\s-]*results?|krs?|results)\b(?!\s*\d)/i;
/** A heading that only numbers an item: `O1`, `O1KR2`, `KR 3`, `Key Result 1`, `Objective 2`. */
export const ID_HEADING =
  /^(?:(?:objective|key\s*results?|krs?)\s*\d{1,2}|o\d{1,2}(?:\s*kr\s*\d{1,2})?)\s*[:.)]?$/i;
export const SKIP_HEADING =
  /^(?:initiatives?|rationale?|rational|not included|alternatives?|notes?|background|context|progress|status|links?|resources|summary|retro(?:spective)?|why|risks?|dependencies|out of scope|non-goals|appendix|references?|owners?|scoring|timeline|(?:external |further )?(?:references?|reading|resources)|(?:key )?concepts|glossary|definitions|introduction|how (?:we|to)\b)\b/i;
/** A table of contents: its own lines are links, the headings under it hold the OKRs. */
export const TOC_HEADING = /^(?:table of contents|contents|on this page|toc)\b/i;
const GROUPING_WORDS =
  /\b(?:okrs?|objectives and key results|goals|vision|quarter|fiscal|fy\s?\d{2,4}|cy\d{2}|q[1-4]|h[12]|(?:19|20)\d{2})\b/i;

/** A list that only links elsewhere (`[Q3 OKRs](q3.md)`): navigation, not OKRs. */
const LINK_ONLY = /^\s*(?:\[(?:[^[\]]|\[[^\]]{0,40}\]){0,200}\]\([^)]*\)[\s,;|]*)+\s*$/;
/** Link text that names a document rather than states an aim: "Q2 OKRs", "tracking sheet". */
const NAV_WORDS =
  /\b(?:okrs?|objectives and key results|spreadsheets?|sheets?|docs?|documents?|notes|issues?|brainstorm(?:ing)?|here|links?|readme|wiki|tracking|board|dashboard|slides|deck|template)\b/i;
/** A status word before a link ("WIP: [plan](…)") or a remark after it ("[sheet](…) (final)"). */
const LINK_STATUS = /^\s*(?:[A-Za-z]{2,8}\s*:\s*)?|(?:\s+\([^()]{1,30}\))?\s*$/g;
export const isLinkOnly = (raw: string): boolean => {
  if (!plainInline(raw)) return true;
  const bare = raw.replace(LINK_STATUS, '');
  if (!LINK_ONLY.test(bare)) return false;
  // Links into the same page (`[Grow revenue](#grow-revenue)`) are a table of contents.
  if ([...bare.matchAll(/\]\(([^)]*)\)/g)].every((m) => m[1]!.startsWith('#'))) return true;
  const words = plainInline(bare);
  return words.split(/\s+/).length <= 3 || NAV_WORDS.test(words);
};
/** Cairn's own key result line: `title: 0 → 3 unit`, `title: 40 -> 10 s`, `title: done`. */
export const KR_FACTS =
  /:\s*(?:[$€£¥]?[-+]?\.?\d[\d,.]*\s*\S{0,12}\s*(?:→|->|⟶)\s*[$€£¥]?[-+]?\.?\d|(?:not )?done\b)/i;
/** A measure written out: "from 0 to 10", "40 → 10", "< 30 min", "≥ 99.9 %". */
const MEASURED =
  /\bfrom\s+[$€£¥]?\d[\d.,]*\s*\S{0,12}\s+to\s+(?:\S+\s+){0,2}?[$€£¥]?\d|\d\s*\S{0,12}\s*(?:→|->|⟶)\s*[$€£¥]?\d|(?<![=-])[<>≤≥]=?\s*[$€£¥]?\d/i;
export const isKrMarked = (raw: string, plain: string): boolean =>
  KR_PREFIX.test(plain) ||
  PRIORITY_ANYWHERE.test(raw) ||
  PRIORITY_PREFIX.test(plain) ||
  KR_FACTS.test(plain) ||
  MEASURED.test(plain);
export const isObjectiveMarked = (plain: string): boolean =>
  OBJECTIVE_PREFIX.test(plain.replace(/^(?:\d{1,3}[.)]\s+)+/, ''));
export const isKrLabelled = (plain: string): boolean => KR_PREFIX.test(plain);
export const liveChildren = (n: OutlineNode): OutlineNode[] =>
  n.children.filter((c) => c.kind === 'item' && !isLinkOnly(c.text));

/** A list item that is a row of column names: "Objective / Key Result Owner(s) Score". */
export const COLUMN_HEADER =
  /^(?:objectives?\s*\/\s*)?key results?\s+(?:owner|score|status|progress|grade)/i;

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/gi;
const SECTION_WORDS =
  /\b(?:okrs?|objectives?|key results?|krs?|goals?|and|&|for|of|the|our|team|company|quarter(?:ly)?|annual|spring|summer|autumn|fall|winter|year(?:ly)?|half|fiscal|calendar|final|draft|wip|update[sd]?|summary|overview|planning|plan|fy\s?\d{2,4}|cy\s?\d{2,4}|q[1-4]|h[12])\b/gi;
/**
 * A heading that can never be an objective, even over key results: a period or a date ("2020
 * goals", "Q3 2019", "March 5"), a label ("Objectives", "Key Results"), a team's name
 * ("Sales and marketing") or a link to an article. Its lines are skipped as a section heading.
 */
export function isSectionTitle(raw: string): boolean {
  const plain = plainInline(raw).trim();
  if (!plain) return false;
  if (/^\s*\[[^\]]+\]\([^)]*\)\s*$/.test(raw.trim())) return true;
  const rest = plain
    .replace(MONTH, ' ')
    .replace(SECTION_WORDS, ' ')
    .replace(/[\d\s.,:;/()–—-]+/g, ' ')
    .trim();
  return !rest || isOrgUnitName(plain);
}

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

/** A key result's title without its priority, owner, label, tag and score decorations. */
export const krText = (raw: string): string =>
  titleParts(raw, KR_FACTS.test(plainInline(raw))).title;

/** An objective's title without its label, owner, numbering, tags and score. */
export const objectiveText = (raw: string): string => titleParts(raw).title;
