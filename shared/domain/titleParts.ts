import { plainInline } from './inlineMarkdown';

/**
 * What decorates an OKR line in published files, cut away from its statement: list numbering,
 * labels ("Objective 2:", "_Key Result_:", "O1."), owner lead-ins ("CEO:", "VP of Engineering
 * KR:", "@mei", "\[owner\]"), tags ("[Internal only]", "Stretch:", "(cross-cut with … WG)"),
 * issue references after the text, and trailing scores or progress ("=> 78%", "==> Done",
 * "--> 66% (…)", " - 100%", "[2/5]", "Score: 0.6", Chromium's "owner 0.60").
 */
export interface TitleParts {
  title: string;
  /** Who the text names as owner ("CEO", "VP of Engineering", "benjhayden"); '' when none. */
  owner: string;
  /** Tags and references cut from the title ("Stretch", "Internal only", "gitlab-com&254"). */
  tags: string[];
  /** The scoring or progress text as written ("78%", "Done", "0.6", "2/5"); '' when none. */
  progress: string;
  /** The score as 0–1 when the progress text gives one (0.7, 78 %, Done, 2/5); else null. */
  score: number | null;
}

/** A scoring arrow and what follows: `=> 78%`, `==> Done`, `=>100%`, `--> 66% (…)`. */
const ARROW_SCORE = /\s*(?:={1,3}>|-{2,3}>)\s*(.*)$/;
const TAIL_SCORES: RegExp[] = [
  /\s+[-–—]\s+(\d{1,3}(?:\.\d+)?\s?%)\s*$/,
  /\s*\[\s*(\d+(?:\.\d+)?\s*\/\s*\d+(?:\.\d+)?)\s*\]\s*$/,
  /\s*\[\s*(\d{1,3}(?:\.\d+)?\s?%)\s*\]\s*$/,
  /\s*\[\s*()\]\s*$/,
  /\s+(?:score|status|progress)\s*:\s*(\d(?:\.\d+)?|\d{1,3}\s?%|done)\s*$/i,
  /\s+(\d{1,3}\s?% complete\b.*)$/i,
];
/** A link whose text is a reference, not words: `[gitlab-com&254](…)`, `[#729](…)`. */
const TRAILING_REFS = /(?:\s*\[[^\]\s]*[#&/!][^\]\s]*\]\([^)]*\))+\s*$/;
const OWNER_THEN_LINK =
  /^((?:\*\*)?[^[\]*:]{1,110}?:(?:\*\*)?\s+)?\[((?:\\.|[^\]\\])*)\]\([^)]*\)[.:]?\s*(.*)$/s;
/** Lowercase handles with an optional 0.0–1.0 score after a link: ` leviw 0.60`, ` \[eae\] 1.0`. */
const HANDLES_SCORE =
  /^((?:\\?\[[^\]]{1,60}?\\?\]|@?[a-z][\w.-]*)(?:\s*,\s*(?:\\?\[[^\]]{1,60}?\\?\]|@?[a-z][\w.-]*))*)?\s*(\d(?:\.\d{1,2})?)?\s*$/;

/** "Objective 2:", "Key Result:", "KR1.2 -", "O1.", "O1 —", "O1 Build…" (numbering like 1.2 included). */
const LABEL =
  /^(?:(?:objective|key\s*results?|krs?|goal|result)(?:\s*\d{1,2}(?:\.\d{1,2})*)?(?:\s*[:.)]|\s+[-–—])\s*|o\d{1,2}(?:\s*\.?\s*kr\s*\d{1,2})?(?:\s*[:.)]|\s+[-–—])\s*|o\d{1,2}\s+(?=\p{Lu}))/iu;
const BARE_LABEL =
  /^(?:(?:objective|key\s*results?|krs?|goal)(?:\s*\d{1,2}(?:\.\d{1,2})*)?|o\d{1,2}(?:\s*kr\s*\d{1,2})?)(?:\s*[:.)]|\s+[-–—])?$/i;
const LEAD_TAG = /^\[(?![ xX]\])([^\]]{1,40})\]\s+/;
const STRETCH = /^(stretch(?: goal)?|optional|bonus)\s*[:-]\s+/i;
const CROSS_CUT = /\s*\((cross[- ]?cut[^)]*|i\.\s?e\.[^)]*|e\.\s?g\.[^)]*)\)\s*$/i;
const TRAILING_TAGS = /(?:\s*\[[A-Z0-9](?:[A-Z0-9 _-]{0,20}|[A-Za-z0-9]{1,20})\])+\s*$/;
/** A remark in square brackets after the statement: "… by being compelling [sites such as X would count]". */
const BRACKET_REMARK = /\s+\[([^[\]]*\s[^[\]]*\s[^[\]]*\s[^[\]]*)\]\s*$/;
const AT_OWNER = /^@([\w.?-]+)\s*[-–—:]?\s+/;
const TRAILING_AT = /(?:\s+\(?@[\w.-]+\)?)+\s*$/;
/** A handle after these words is part of the sentence ("reviewed by someone other than @mei"). */
const IN_SENTENCE_AT = /\b(?:than|by|to|with|from|for|of|and|or|at|ask|asks|tell|cc)\s*$/i;
/**
 * A status or aside in brackets at the end — "(WIP)", "(WIP: pending review)", "(blocked on
 * infra)", "(ref: org/repo#14)", "(!)", "(done)" — is a note on the statement, not part of it.
 */
const STATUS_ASIDE =
  /\s*\(((?:wip|draft|blocked|on hold|paused|pending|in progress|done|dropped|deferred|tbd|ref|see|cf|was|moved)\b[^()]{0,80}|[!?]{1,3})\)\s*$/i;
/** A sentence that follows the statement in brackets: "… by 500. (Do a mid-quarter pulse too.)" */
const SENTENCE_ASIDE = /(?<=[.!?])\s+\(([^()]{3,200})\)\s*$/;
/** A one- or two-word topic before a dash: "Update - IPFS can update a mirror in an hour". */
const TOPIC_DASH = /^(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?)\s+[-–—]\s+(?=\S+(?:\s+\S+){2})/u;
const OWNED_BY = /\s*\((?:owner|owned by|dri)\s*:?\s*([^)]{1,40})\)\s*$/i;
const PRIORITY = /^\[?p[0-4]\]?(?:\s*[:\-–—]\s*|\s+)/i;

/** Words that name a role or a part of an organisation, for telling "CFO:" from "Uptime:". */
const ROLE =
  /\b(?:ceo|cfo|cto|cro|cmo|cpo|coo|cio|ciso|cost|vp|svp|evp|avp|director|dir|head|manager|mgr|lead|chief|controller|officer|president|founder|owner|dri|fellow|engineer|architect|team|ops|operations|engineering|marketing|mkt|sales|support|legal|finance|revenue|corporate|product|ux|security|infrastructure|quality|design|people|hr|recruiting|talent|data|growth|partners?|channels?|alliances|development|dev|research|strategy|strategic|solutions|ps|cs|success|community|content|brand|accounting|tax|payroll|procurement|it|business|analytics|enablement|training|docs|documentation|digital|field|demand|events|pr|communications|comms|platform|backend|frontend|release|delivery|wg|committee|board|group|department|dept|division|org|internal audit|auditor|treasury|investor relations)\b/i;
const KR_SUFFIX = /\s+(?:krs?|key results?)$/i;

/** Lead-ins that label a line rather than name who owns it. */
const NOT_OWNER =
  /^(?:key\s*results?|krs?|objectives?|o\d{1,2}|score|status|progress|notes?|why|what|how|results?|summary|update|details|context|background|goal|target|baseline|metric|deadline|due|timeline|example|e\.g|i\.e|owners?|owner\(s\)|priority|link|source|see|tbd|todo|done|wip)$/i;

function isOwnerLike(prefix: string): boolean {
  const p = prefix.trim();
  if (!p || /\d/.test(p) || p.length > 110 || NOT_OWNER.test(p)) return false;
  const words = p.split(/\s+/);
  if (words.length > 16) return false;
  if (KR_SUFFIX.test(p)) return true;
  if (ROLE.test(p)) return true;
  // A short run of capitalised words ("Controller", "Bus Ops") reads as a name of a team.
  return (
    words.length <= 3 && words.every((w) => /^(?:\p{Lu}[\p{L}.&'’/-]*|of|and|&|the|to|,)$/u.test(w))
  );
}

/** "Sales and marketing", "Product & Design", "Engineering": only the names of parts of an organisation. */
export function isOrgUnitName(title: string): boolean {
  const words = plainInline(title)
    .replace(/[()[\]:,/]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length || words.length > 6) return false;
  return words.every(
    (w) => /^(?:and|&|\+|of|the)$/i.test(w) || new RegExp(`^${ROLE.source}$`, 'i').test(w),
  );
}

/** Reads a score from progress text: 0.0–1.0, a percentage, a fraction, or done. */
export function readScore(progress: string): number | null {
  const p = plainInline(progress).trim();
  if (/^(?:done|complete[d]?|✓|✔)\b/i.test(p)) return 1;
  const frac = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)/.exec(p);
  if (frac && Number(frac[2]) > 0) return Math.min(1, Number(frac[1]) / Number(frac[2]));
  const pct = /^(\d{1,3}(?:\.\d+)?)\s?%/.exec(p);
  if (pct) return Math.min(1, Number(pct[1]) / 100);
  const dec = /^([01](?:\.\d{1,2})?|0?\.\d{1,2})$/.exec(p);
  return dec ? Number(dec[1]) : null;
}

/**
 * Splits one raw line (inline Markdown) into its statement and decorations. `facts` keeps a
 * trailing `: 0 → 3` of Cairn's own export from being read as an owner lead-in.
 */
export function titleParts(raw: string, facts = false): TitleParts {
  const tags: string[] = [];
  let owner = '';
  let progress = '';
  let t = String(raw ?? '')
    .replace(/\\\s*$/, '')
    .trim()
    .replace(/^(?:\d{1,3}[.)]\s+)+/, '');

  const arrow = ARROW_SCORE.exec(t);
  if (arrow) {
    progress = arrow[1]!.trim();
    t = t.slice(0, arrow.index);
  }
  for (const re of TAIL_SCORES) {
    const m = re.exec(t);
    if (m) {
      progress = progress || (m[1] ?? '').trim();
      t = t.slice(0, m.index);
    }
  }
  const refs = TRAILING_REFS.exec(t);
  if (refs && refs.index > 0) {
    tags.push(plainInline(refs[0]));
    t = t.slice(0, refs.index);
  }
  const rawTags = TRAILING_TAGS.exec(t);
  if (rawTags && rawTags.index > 0) {
    tags.push(
      ...rawTags[0]
        .trim()
        .replace(/^\[|\]$/g, '')
        .split(/\]\s*\[/),
    );
    t = t.slice(0, rawTags.index);
  }

  // A bold span around the whole item (`**CEO: statement.**`) or around the owner only.
  const wholeBold = /^\*\*(.+)\*\*[.:]?$/s.exec(t.trim());
  if (wholeBold && !wholeBold[1]!.includes('**')) t = wholeBold[1]!;
  const boldOwner = /^\*\*([^*]{1,110}?):?\*\*:?\s+(.+)$/s.exec(t.trim());
  if (boldOwner && isOwnerLike(boldOwner[1]!.replace(/:$/, '').replace(KR_SUFFIX, ''))) {
    owner = plainInline(boldOwner[1]!.replace(/:$/, '')).replace(KR_SUFFIX, '');
    t = boldOwner[2]!;
  }
  t = t.trim();

  // A link whose text is the whole statement (after an owner lead-in, before owners and a
  // score): the link text is the title; its target and a period after it are not.
  const lead = OWNER_THEN_LINK.exec(t);
  const leadOwner = lead?.[1] ? plainInline(lead[1]).replace(/:\s*$/, '').trim() : '';
  const link = lead && (!leadOwner || isOwnerLike(leadOwner.replace(KR_SUFFIX, ''))) ? lead : null;
  if (link) {
    const rest = link[3]!.trim();
    const handles = HANDLES_SCORE.exec(rest);
    if (!rest || handles) {
      if (leadOwner) owner = owner || leadOwner.replace(KR_SUFFIX, '');
      t = link[2]!;
      if (handles?.[1])
        owner =
          owner ||
          plainInline(handles[1])
            .replace(/[[\]*]/g, '')
            .trim();
      if (handles?.[2]) progress = progress || handles[2];
    }
  }

  let plain = plainInline(t);
  for (let i = 0; i < 4; i++) {
    const before = plain;
    plain = plain.replace(/^(?:\d{1,3}[.)]\s+)+/, '');
    const label = LABEL.exec(plain);
    if (label && plain.length > label[0].length) plain = plain.slice(label[0].length);
    const tag = LEAD_TAG.exec(plain);
    if (tag) {
      tags.push(tag[1]!.trim());
      plain = plain.slice(tag[0].length);
    }
    const stretch = STRETCH.exec(plain);
    if (stretch) {
      tags.push(stretch[1]!);
      plain = plain.slice(stretch[0].length);
    }
    plain = plain.replace(PRIORITY, '');
    const at = AT_OWNER.exec(plain);
    if (at) {
      owner = owner || at[1]!;
      plain = plain.slice(at[0].length);
    }
    const colon = /^([^:]{1,110}?)\s*:\s+(?=\S)/.exec(plain);
    if (colon && !facts && isOwnerLike(colon[1]!)) {
      owner = owner || colon[1]!.replace(KR_SUFFIX, '').trim();
      plain = plain.slice(colon[0].length);
    }
    if (plain === before) break;
  }
  for (const aside of [SENTENCE_ASIDE, STATUS_ASIDE, BRACKET_REMARK]) {
    const m = aside.exec(plain);
    if (m && m.index > 0) {
      tags.push(m[1]!.trim());
      plain = plain.slice(0, m.index);
    }
  }
  const topic = TOPIC_DASH.exec(plain);
  if (topic) {
    tags.push(topic[1]!);
    plain = plain.slice(topic[0].length);
  }
  const issue = /\s*\((#\d+)\)\s*$/.exec(plain);
  if (issue && issue.index > 0) {
    tags.push(issue[1]!);
    plain = plain.slice(0, issue.index);
  }
  const cross = CROSS_CUT.exec(plain);
  if (cross) {
    tags.push(cross[1]!.trim());
    plain = plain.slice(0, cross.index);
  }
  const tail = TRAILING_TAGS.exec(plain);
  if (tail && tail.index > 0) {
    tags.push(
      ...tail[0]
        .trim()
        .replace(/^\[|\]$/g, '')
        .split(/\]\s*\[/),
    );
    plain = plain.slice(0, tail.index);
  }
  const by = OWNED_BY.exec(plain);
  if (by) {
    owner = owner || by[1]!.trim();
    plain = plain.slice(0, by.index);
  }
  const ats = TRAILING_AT.exec(plain);
  if (ats && ats.index > 0 && !IN_SENTENCE_AT.test(plain.slice(0, ats.index))) {
    owner = owner || ats[0].replace(/[()@]/g, ' ').trim().split(/\s+/).join(', ');
    plain = plain.slice(0, ats.index);
  }
  plain = plain.replace(/\s+/g, ' ').trim();
  if (BARE_LABEL.test(plain)) plain = '';
  return { title: plain, owner, tags, progress, score: progress ? readScore(progress) : null };
}

/** A statement that is bold as a whole (`**CRO: Grow pipeline.** => 100% [ref](…)`): an objective. */
export function isBoldStatement(raw: string): boolean {
  let t = String(raw ?? '').trim();
  const arrow = ARROW_SCORE.exec(t);
  if (arrow) t = t.slice(0, arrow.index);
  const refs = TRAILING_REFS.exec(t);
  if (refs && refs.index > 0) t = t.slice(0, refs.index);
  t = t.trim();
  const m = /^\*\*(.+)\*\*[.:]?$/s.exec(t);
  if (m && !m[1]!.includes('**')) return true;
  // `**Owner:** [statement](…)`, `**Owner**: statement`: the owner in its own bold span.
  const owner = /^\*\*([^*]{1,110}?):?\*\*:?\s+\S/.exec(t);
  return (
    !!owner &&
    isOwnerLike(owner[1]!.replace(/:$/, '')) &&
    !KR_SUFFIX.test(owner[1]!.replace(/:$/, ''))
  );
}

/** The decorations as one line for a note: "Owner: CEO · Stretch · 78%". */
export function partsNote(p: TitleParts): string {
  return [
    p.owner ? `Owner: ${p.owner}` : '',
    ...p.tags,
    p.progress ? `Progress: ${plainInline(p.progress)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
