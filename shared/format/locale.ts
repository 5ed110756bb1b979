/**
 * A locale as Settings stores it: a BCP 47 tag such as `de-DE`, or '' for "the system's".
 * Intl reads `undefined` as the system's locale, so '' becomes that.
 */
export type LocaleTag = string;

export const intlLocale = (locale: LocaleTag): string | undefined => locale || undefined;
