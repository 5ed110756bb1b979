// The shape every measure on a seeded workspace shares: open the workspace's browser context,
// prepare (untimed), then time Cairn and its baseline interleaved (lib/interleave.mjs), so a
// measure's file says only what it times and against what.
import { interleave } from './interleave.mjs';

/**
 * A measure of workspace `size` ('L' or 'M'). `sides(ctx, context)` prepares whatever is
 * untimed and returns { subject, baseline }: each takes one sample, `{ value, note? }`. They
 * run interleaved `ctx.runs` times (at most `runs`) after `warmup` of each.
 *
 * `id` and `title` name L's measure. One that runs only in the run of its own size (the
 * default `runIn`) and is not L's is named after it, with the size: `graphM`, "… (M)"; a
 * `title` that is a function of the size names every size itself. The rest of `row` (unit,
 * baselineLabel, targets, whenMissed) is the report's row.
 */
export function workspaceMeasure({
  size,
  id,
  title,
  runIn,
  runs = Infinity,
  warmup = 1,
  sides,
  ...row
}) {
  const ofItsSize = !runIn && size !== 'L';
  return {
    ...row,
    id: ofItsSize ? `${id}${size}` : id,
    title: typeof title === 'function' ? title(size) : ofItsSize ? `${title} (${size})` : title,
    size,
    runIn: runIn ?? [size],
    async run(ctx) {
      const context = await ctx.workspace(size);
      return interleave(Math.min(ctx.runs, runs), await sides(ctx, context), { warmup });
    },
  };
}
