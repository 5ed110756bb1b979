import { numberFormat } from './intlCache';
import { intlLocale, type LocaleTag } from './locale';

/** A number with the locale's decimal mark and grouping: 1,234.5 (en) or 1.234,5 (de). */
export function formatNumber(
  n: number,
  locale: LocaleTag,
  options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 },
): string {
  return numberFormat(intlLocale(locale), options).format(n);
}

/** A noun's two English forms; `other` defaults to the noun plus "s". */
export type Noun = string | { one: string; other: string };

// The words on screen are English whatever the locale, so their plural follows English rules;
// only the digits follow the user's locale.
const englishPlural = new Intl.PluralRules('en');

/** The form of `noun` that goes with `n`: "objective" for 1, "objectives" for 0, 2 or 1.5. */
export function nounFor(n: number, noun: Noun): string {
  const forms = typeof noun === 'string' ? { one: noun, other: `${noun}s` } : noun;
  return englishPlural.select(n) === 'one' ? forms.one : forms.other;
}

/** A count with its noun: "1 objective", "2 objectives", "1,200 check-ins". */
export function formatCount(n: number, noun: Noun, locale: LocaleTag): string {
  return `${formatNumber(n, locale)} ${nounFor(n, noun)}`;
}

/**
 * A unit people count in, in the form that goes with `n`: "talks" reads "talk" for 1. Only a
 * plain lower-case English word ending in a plural "s" changes; "%", "kbps", "NPS", "hours
 * of video" and the like are written as typed, because guessing there does more harm.
 */
export function unitFor(n: number, unit: string): string {
  if (englishPlural.select(n) !== 'one' || !/^[a-z]*[aeiouy][a-z]*s$/.test(unit)) return unit;
  if (/(ss|us|is)$/.test(unit) || unit.length < 4) return unit;
  if (/[^aeiou]ies$/.test(unit)) return `${unit.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses)$/.test(unit)) return unit.slice(0, -2);
  return unit.slice(0, -1);
}

/** A value with its unit: "1 talk", "3 talks", "1,250 users", "65 %" (the unit as typed otherwise). */
export function formatQuantity(n: number, unit: string, locale: LocaleTag): string {
  const u = unit.trim();
  return u ? `${formatNumber(n, locale)} ${unitFor(n, u)}` : formatNumber(n, locale);
}
