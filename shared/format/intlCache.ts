/**
 * Intl formatters made once per locale and options. Making one costs ~0.1–0.5 ms here (using
 * it ~2 µs), and a 20-page review report formats thousands of days and numbers: made afresh
 * each time, that alone was a few hundred milliseconds of every PDF (docs/benchmarks.md).
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function cached<F, O>(
  cache: Map<string, F>,
  make: (locale: string | undefined, options: O) => F,
  locale: string | undefined,
  options: O,
  zone = '',
): F {
  const key = `${locale ?? ''}|${zone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = make(locale, options);
    cache.set(key, f);
  }
  return f;
}

// A date formatter keeps the time zone it was made in: the zone's offsets join the key, so a
// change of zone (a laptop that travels, a test) gets a new one.
const JAN = new Date(2026, 0, 1);
const JUL = new Date(2026, 6, 1);
const zoneKey = (): string => `${JAN.getTimezoneOffset()}/${JUL.getTimezoneOffset()}`;

export const dateFormat = (
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat =>
  cached(dateFormats, (l, o) => new Intl.DateTimeFormat(l, o), locale, options, zoneKey());

export const numberFormat = (
  locale: string | undefined,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat =>
  cached(numberFormats, (l, o) => new Intl.NumberFormat(l, o), locale, options);

export const relativeTimeFormat = (
  locale: string | undefined,
  options: Intl.RelativeTimeFormatOptions,
): Intl.RelativeTimeFormat =>
  cached(relativeFormats, (l, o) => new Intl.RelativeTimeFormat(l, o), locale, options);
