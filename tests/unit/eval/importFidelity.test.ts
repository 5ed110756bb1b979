import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importedItems,
  importFile,
  matchLabel,
  numbersRight,
  textIntact,
} from '../../../tests/eval/importItems';
import { readLabels } from '../../../tests/eval/labels';

const DIR = resolve(process.cwd(), '../shared/fixtures/real-okrs-2');
const present = existsSync(join(DIR, 'labels.json'));

describe.skipIf(!present)('the Markdown import on the labelled set real-okrs-2', () => {
  const labels = present ? readLabels(join(DIR, 'labels.json')) : [];
  const items = new Map<string, ReturnType<typeof importedItems>>();
  const itemsOf = (source: string) => {
    if (!items.has(source))
      items.set(source, importedItems(importFile(readFileSync(join(DIR, source), 'utf8'))));
    return items.get(source)!;
  };
  const judged = labels.map((l) => ({ l, item: matchLabel(l, itemsOf(l.source)) }));

  it('brings at least 97 % of labelled items through as the right kind with their text intact', () => {
    const intact = judged.filter((j) => textIntact(j.l, j.item)).length;
    expect(intact / labels.length).toBeGreaterThanOrEqual(0.97);
  });

  it('gives at least 90 % of measurable key results their kind, start, target and unit', () => {
    const measurable = judged.filter(
      (j) => j.l.kind === 'key_result' && j.l.labels.includes('measurable_outcome'),
    );
    const right = measurable.filter((j) => numbersRight(j.l, j.item)).length;
    expect(right / measurable.length).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the numbers a coach would read in a few known key results', () => {
    const find = (text: string) => judged.find((j) => j.l.text.startsWith(text))?.item?.kr;
    expect(find('Decrease cost-per-lead')).toMatchObject({ target: 230, unit: '$' });
    expect(find('200k views per 30 days')).toMatchObject({
      kind: 'increase',
      start: 125_000,
      target: 200_000,
      unit: 'views',
    });
    expect(find('Increase URG management from 12%')).toMatchObject({
      kind: 'increase',
      start: 12,
      target: 14,
      unit: '%',
    });
    expect(find('Continue to triage all bugs within one week')).toMatchObject({
      kind: 'stayBelow',
      target: 1,
      unit: 'week',
    });
  });
});
