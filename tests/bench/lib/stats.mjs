// Medians and the table: every figure is compared with a baseline measured in the same run.

export function summary(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s.at(-1), n: s.length };
}

const fmt = (v, unit) => {
  if (unit === 'MiB') return `${v.toFixed(0)} MiB`;
  if (unit === 'rows/s') return `${Math.round(v).toLocaleString('en-US')} rows/s`;
  return v >= 100 ? `${Math.round(v).toLocaleString('en-US')} ms` : `${v.toFixed(1)} ms`;
};
export const formatValue = fmt;

/** Checks a target: { op: '<=' | '>=', value, unit } (unit 'x' compares the ratio). */
export function judge(target, median, ratio) {
  const actual = target.unit === 'x' ? ratio : median;
  if (actual == null) return { met: false, by: 'no baseline' };
  const met = target.op === '<=' ? actual <= target.value : actual >= target.value;
  if (met) return { met: true };
  const by =
    target.unit === 'x'
      ? `${actual.toFixed(2)}× vs ${target.value}×`
      : target.op === '<='
        ? `${fmt(actual - target.value, target.unit)} over (${(actual / target.value).toFixed(1)}×)`
        : `${Math.round((1 - actual / target.value) * 100)} % under`;
  return { met: false, by };
}

export const targetText = (t) =>
  t.unit === 'x' ? `${t.op} ${t.value}× baseline` : `${t.op} ${fmt(t.value, t.unit)}`;

/** One row of the table from a measure's samples. */
export function rowOf(m, result) {
  if (result.missing)
    return { ...m, status: 'missing', missing: result.missing, notes: result.notes ?? [] };
  const s = summary(result.subject);
  const b = result.baseline?.length ? summary(result.baseline) : null;
  const ratio = b && b.median > 0 ? s.median / b.median : null;
  const checks = m.targets.map((t) => ({ t, ...judge(t, s.median, ratio) }));
  return {
    ...m,
    s,
    b,
    ratio,
    checks,
    status: checks.every((c) => c.met) ? 'met' : 'missed',
    notes: result.notes ?? [],
  };
}

/** The table as Markdown (also printed to the terminal). */
export function table(rows) {
  const out = [
    '| measure | Cairn: median (min – max) | baseline: median | ratio | target | met? |',
    '|---|---:|---:|---:|---|---|',
  ];
  for (const r of rows) {
    if (r.status === 'missing') {
      out.push(
        `| ${r.title} | not yet measured: ${r.missing} | | | ${r.targets.map(targetText).join(' and ')} | – |`,
      );
      continue;
    }
    const range = `${fmt(r.s.median, r.unit)} (${fmt(r.s.min, r.unit)} – ${fmt(r.s.max, r.unit)})`;
    const base = r.b
      ? `${fmt(r.b.median, r.unit)} ${r.baselineLabel ? `(${r.baselineLabel})` : ''}`
      : '–';
    const ratio = r.ratio == null ? '–' : `${r.ratio.toFixed(2)}×`;
    const met = r.checks.map((c) => (c.met ? 'yes' : `**no**: ${c.by}`)).join('; ');
    out.push(
      `| ${r.title} | ${range} | ${base} | ${ratio} | ${r.targets.map(targetText).join(' and ')} | ${met} |`,
    );
  }
  return out.join('\n');
}
