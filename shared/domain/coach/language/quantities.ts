/**
 * The numbers a title states, and which of them are targets. A number that only names a year, a
 * version, a segment ("500+ members", "Stage 3+") or a scope ("top 5", "bottom three", "each 3")
 * is not a target; a placeholder ("X to Y", "??%", "TBD", "$N") is a target nobody filled in.
 */

export type QuantityRole = 'target' | 'year' | 'version' | 'segment' | 'scope' | 'placeholder';

export interface StatedQuantity {
  text: string;
  role: QuantityRole;
  /** Where it starts in the title. */
  at: number;
}

const WORD_NUMBERS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|thousand|million|half|twice|double|triple';

/**
 * A number standing alone: not glued to letters before it (FY21, p95, Q4, e2e) or after it
 * (1st, 3x is allowed as a multiplier), with an optional comparison, currency and unit.
 */
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_./-])(?:[<>≤≥]=?\s*|~\s*)?[$€£]?\d+(?:[.,]\d+)*(?:\s*(?:%|percent\b)|[kmb](?![\p{L}])|x(?![\p{L}])|\+)?(?![\p{L}\p{N}_]|[.,]\d|/\p{L})` +
    String.raw`|(?<![\p{L}])(?:${WORD_NUMBERS})(?![\p{L}])`,
  'giu',
);

const PLACEHOLDER =
  /(?<![\p{L}])(?:(?<=(?:at least|at most|to|by|from|of)\s)[XYN](?![\p{L}])|[XYN]\s*(?:to|→|->|–|-)\s*[XYN]|\?\?+\s*%?|TBD|TBC|\$N|X\s*%|N\s*%)(?![\p{L}])/gu;

const YEAR = /^(?:19|20)\d{2}$/;
const SCOPE_BEFORE =
  /(?:\btop|\bbottom|\bfirst|\blast|\beach|\bper|\bfor|\bof|\bversion|\bv|\blevel|\bstage|\bphase|\btier|\bstep)\s*$/i;
const SEGMENT_AFTER = /^\s*(?:members?|users?|employees?|people|customers?|seats?)\b/i;

function roleOf(title: string, text: string, at: number): QuantityRole {
  const bare = text.replace(/[<>≤≥=~$€£\s]/g, '');
  if (YEAR.test(bare)) return 'year';
  if (/^\d+\.\d+\.\d+/.test(bare)) return 'version';
  const before = title.slice(Math.max(0, at - 12), at);
  const after = title.slice(at + text.length, at + text.length + 14);
  if (/(?:\bversion|\bv|\blevel|\brelease)\s*$/i.test(before)) return 'version';
  // "3+" names who is counted ("Stage 3+", "500+ members"), not how many to reach.
  if (bare.endsWith('+')) return 'segment';
  if (/^(?:one)$/i.test(bare) && /^\s*(?:of|another|place|common|major|new|end)\b/i.test(after))
    return 'scope';
  if (SCOPE_BEFORE.test(before) && !/\d%|percent/.test(text) && !/^\s*%/.test(after)) {
    // "for 3 metrics" counts the work's own scope; "of 50 accounts" names which accounts.
    if (/(?:top|bottom|first|last|each|version|v|level|stage|phase|tier|step)\s*$/i.test(before))
      return 'scope';
  }
  if (SEGMENT_AFTER.test(after) && /\+/.test(text)) return 'segment';
  return 'target';
}

/** Every number and placeholder in a title, in order, with its role. */
export function statedQuantities(title: string): StatedQuantity[] {
  const out: StatedQuantity[] = [];
  for (const m of title.matchAll(PLACEHOLDER))
    out.push({ text: m[0].trim(), role: 'placeholder', at: m.index });
  for (const m of title.matchAll(NUMBER)) {
    const at = m.index;
    if (out.some((q) => q.role === 'placeholder' && at >= q.at && at < q.at + q.text.length))
      continue;
    out.push({ text: m[0].trim(), role: roleOf(title, m[0], at), at });
  }
  return out.sort((a, b) => a.at - b.at);
}
