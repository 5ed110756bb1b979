/** Day number of a yyyy-MM-dd date (NaN when it is not one). Cheaper than parsing a Date per row. */
export function dayNumber(iso: string | null | undefined): number {
  if (
    typeof iso !== 'string' ||
    iso.length < 10 ||
    iso.charCodeAt(4) !== 45 ||
    iso.charCodeAt(7) !== 45
  )
    return NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) y = y * 10 + digit(iso, i);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return NaN;
  return daysFromCivil(y, m, d);
}

/**
 * Date.UTC(y, m - 1, d) / 86,400,000 in integer arithmetic (checked against it for every
 * yyyy-MM-dd): years 0–99 mean 1900–1999, and day 31 of a 30-day month is the 1st of the next.
 */
function daysFromCivil(year: number, m: number, d: number): number {
  let y = year <= 99 ? year + 1900 : year;
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}
