/**
 * The vocabulary `readQuantity` reads with: number words, spans that only name something,
 * comparison words, and the words that tell an output counted from an outcome. Kept apart from
 * the reader so each can be read on its own.
 */
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const SMALL =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred';
export const WORD_VALUE: Record<string, number> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
};
const NAME_WORDS =
  'level|phase|stage|step|tier|gen|generation|series|section|chapter|part|round|wave|sprint|iteration|milestone|release|version|node|python|java|es|ios|android|windows|day|week|month|year|layer|grade|class|type|priority|severity|sev|pri|set|group|cohort|batch|wg|team';

/** Spans that carry digits but only name something. Order matters: dates before bare years. */
export const NAMES: RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/g,
  new RegExp(
    String.raw`\b(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d{2})?`,
    'gi',
  ),
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH})\b`, 'gi'),
  new RegExp(String.raw`\b(?:${MONTH})\.?\s+(?:19|20)\d{2}\b`, 'gi'),
  /\b(?:FY|CY)\s?'?\d{2,4}(?:[-\s]?Q[1-4])?\b/gi,
  /\b(?:EO)?Q[1-4](?:\s?(?:FY\s?)?'?\d{2,4})?\b/gi,
  /\b[A-Za-z]+\d[\w.]*/g,
  /\bv\d+(?:\.\d+)*\b/gi,
  /\b\d+\.\d+\.\d+\b/g,
  /#\d+/g,
  /\b\d+(?:st|nd|rd|th)\b/gi,
  /\b\d+\s?[-:/]\s?\d+\b(?!\s*%)/g,
  /\b\d[\d,.]*\s?[kKmM]?\+(?![\d=])/g,
  new RegExp(String.raw`\b(?:top|bottom|first|last)\s+(?:\d+|${SMALL})\b`, 'gi'),
  new RegExp(String.raw`\b(?:${NAME_WORDS})\s+\d+(?:\.\d+)?\b(?!\s*%)`, 'gi'),
  /\bper\s+\d[\d,.]*/gi,
];
/** A year is a name unless it is counted ("2000 users"); a bare year at a period word is. */
export const YEAR =
  /(?<![$€£¥\d.,])\b(?:19|20)\d{2}\b(?!\s*(?:%|×|x\b|k\b|[a-z]))|(?<=\b(?:in|by|of|end|since|until|for|during|through|from)\s+)(?:19|20)\d{2}\b/gi;

export const PLACEHOLDER =
  /\bTB[DCA]\b|\?\?|\(#\)|\b(?:XX+|ZZZ+|YY+)\b|\b[XYZ]\s*%|\$\s?[XYZ]\b|\b(?:from\s+)?[XYZ]\s+to\s+[XYZ]\b|\b(?:at least|at most|to|from|by|of)\s+[XYZ]\b|\bkey result [xyz]\b/i;
export const REDACTED =
  /\bredacted\b|\$\s?N\b|(?:^|[\s($])N\d{0,2}(?=[\s%).,+]|$)|\[_?N(?:<sub>)?\d*/;
export const OFF_PAGE =
  /\b(?:meet(?:s|ing)?|hit(?:s|ting)?|achiev(?:e|es|ing)|reach(?:es|ing)?|exceed(?:s|ing)?|beat(?:s|ing)?)\b[^.;]{0,60}\b(?:targets?|goals?|quotas?|forecast|plan)\b|\bahead of (?:plan|forecast|target)\b|\bwithin budget\b/i;

export const ABOVE =
  /(?:at least|>=|≥|=>|>|more than|over|above|minimum(?: of)?|min\.?|no less than|no fewer than|upwards of|exceed(?:s|ing)?)\s*$/i;
export const BELOW =
  /(?:at most|<=|≤|<|less than|fewer than|under|below|maximum(?: of)?|max\.?|no more than|up to|not exceed(?:ing)?)\s*$/i;
export const WITHIN = /\bwithin\s*$/i;
export const UP_VERB =
  /\b(?:increas|rais|grow|grew|improv|boost|lift|expand|doubl|tripl|speed(?:s|ing)? up|accelerat|driv|get|gets|bring|brought|push|climb|ris)\w*\b/i;
export const DOWN_VERB =
  /\b(?:decreas|reduc|cut|lower|shrink|drop|declin|halv|minimi[sz]|shorten|bring down|eliminat|down to)\w*\b/i;
export const NEGATED = /^\s*(?:no|none|zero|not a single)\b/i;
export const UNIVERSAL_ALL = /\b(?:all|every|each|any|100\s?%\s+of)\b/i;
export const UNIVERSAL_NONE =
  /^\s*(?:no|zero|none)\b(?!-)|\bzero\b(?!-)|\bno (?:more|new|open|known|regressions?|bugs?|incidents?|outages?|errors?|failures?|p\d)\b/i;

export const PRODUCTION_VERB =
  /^\s*(?:publish|write|create|produce|ship|deliver|add|upstream|feature|amplify|celebrate|host|hold|run|organi[sz]e|give|present|speak|record|release|launch|build|draft|author|submit|land|migrate|implement|complete|finish|post|send|conduct|document|translate|port|design|develop|prepare|make|hire|recruit|interview|onboard|close|fix|resolve|merge|file|open|start)\b/i;
export const OUTPUT_NOUN =
  /\b(?:posts?|articles?|talks?|confs?|conferences?|videos?|documents?|docs?|guides?|tutorials?|case stud(?:y|ies)|pages?|tests?|features?|prs?|pull requests?|workshops?|meetups?|webinars?|releases?|announcements?|repositor(?:y|ies)|repos?|episodes?|newsletters?|podcasts?|papers?|demos?|changes?|reports?|dashboards?|presentations?|sessions?|trainings?|courses?|modules?|commits?|patches|blogs?|hires?|roles?|positions?|interviews?)\b/i;
export const PEOPLE_NOUN =
  /\b(?:members?|users?|customers?|contributors?|people|persons?|engineers?|developers?|maintainers?|organi[sz]ations?|companies|teams?|subscribers?|attendees?|participants?|registrations?|sign-?ups?|visitors?|views?|downloads?|stars?|installs?|accounts?|clients?|partners?|leads?|logos?|students?|learners?|readers?|followers?|saos?|mqls?|sqls?|opportunit(?:y|ies))\b/i;
export const OUTCOME_VERB =
  /\b(?:achiev|reach|hit|attain|maintain|keep|retain|certif|activat|enrol)\w*/i;
export const PARTICIPLE =
  /^\s*(?:[\p{L}-]+\s+){0,3}(?:added|published|written|created|shipped|delivered|given|held|hosted|released|launched|completed|produced|submitted|merged|landed|recorded|drafted)\b/iu;

export const UNIT_STOP = new Set(
  'at in on of per by for to from and or with the a an each within that which who are is be being been become becomes have has had get gets take takes can will should must across over under into than more less as via through during before after between while when if our their its this these those we they it was were do does not hits hit drives drove result results reach reaches go goes make makes run runs show shows use uses using help helps include includes including stay stays remain remains'.split(
    ' ',
  ),
);
export const TIME_UNIT =
  /^(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hr|hrs|hours?|business days?|working days?|days?|weeks?|months?|quarters?|years?|releases?|sprints?)\b/i;

export const NUMBER =
  /([$€£¥]\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:\s?(k|K|M|bn|million|billion|thousand)\b|(?<=[$€£¥]\s?[\d.,]+)(m|b)\b)?/g;
export const WORD_NUMBER = new RegExp(String.raw`\b(${SMALL}|an?)\b`, 'gi');
export const MULT: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  M: 1e6,
  m: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
