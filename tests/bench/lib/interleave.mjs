// Runs a measure and its baseline alternately (A B, B A, …) after a warm-up of each, so that
// drift over the run (thermal, caches, other load) falls on both sides alike. Each side is
// told whether its sample is a warm-up, so a note that gathers figures can leave it out.

export async function interleave(runs, sides, { warmup = 1 } = {}) {
  const out = { subject: [], baseline: [], notes: [] };
  const last = {};
  for (let i = -warmup; i < runs; i++) {
    const order = (i + warmup) % 2 === 0 ? ['subject', 'baseline'] : ['baseline', 'subject'];
    for (const side of order) {
      if (!sides[side]) continue;
      const r = await sides[side]({ warmUp: i < 0 });
      if (r.missing) return { missing: r.missing };
      if (i >= 0) out[side].push(r.value);
      if (r.note) last[side] = r.note;
    }
  }
  if (last.subject) out.notes.push(last.subject);
  if (last.baseline) out.notes.push(`baseline: ${last.baseline}`);
  return out;
}
