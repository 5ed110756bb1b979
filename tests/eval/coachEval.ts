/**
 * npm run coach:eval -- --labels FILE [--fixtures DIR] [--verbose]
 *
 * Imports every source of a labelled OKR set through Cairn's Markdown importer, runs the coach
 * on it, and prints how far the coach agrees with the labeller (per label, per source, overall
 * accuracy and Cohen's kappa) and how faithfully the importer carried each labelled item.
 * Works on any labels file in the fixtures' format; nothing here knows one source from another.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { coachItems, predictedLabels } from './coachAdapter';
import {
  importedItems,
  importFile,
  matchLabel,
  numbersRight,
  textIntact,
  type ImportedItem,
} from './importItems';
import {
  goldFlag,
  isClose,
  KEY_RESULT_LABELS,
  NOT_FLAGGED,
  OBJECTIVE_LABELS,
  readLabels,
  type ItemKind,
  type LabelledItem,
} from './labels';
import { accuracy, cohenKappa, emptyCounts, prf, tally, type Counts } from './metrics';
import { printTable } from './table';
import { loadLanguage } from '../../shared/domain/coach';

// The coach reads titles with a language model loaded on demand (language/model.ts).
await loadLanguage();

interface Judged {
  label: LabelledItem;
  item: ImportedItem | null;
  predicted: Set<string>;
  intact: boolean;
  numbers: boolean | null;
}

function args(argv: string[]): { labels: string; fixtures: string; verbose: boolean } {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const fallback = resolve(process.cwd(), '../shared/fixtures/real-okrs-2/labels.json');
  const labels = resolve(get('--labels') ?? fallback);
  return {
    labels,
    fixtures: resolve(get('--fixtures') ?? dirname(labels)),
    verbose: argv.includes('--verbose') || argv.includes('-v'),
  };
}

/** The labels the coach (and the importer's kind) predict, including the "fine" labels. */
function allPredicted(kind: ItemKind, rules: string[], item: ImportedItem | null): Set<string> {
  const p = predictedLabels(rules, kind);
  const flagged = [...p].some((l) => !NOT_FLAGGED.has(l));
  if (kind === 'objective' && !flagged) p.add('ok');
  if (kind === 'key_result' && item?.kr) {
    const numeric = item.kr.kind !== 'binary' && item.kr.kind !== 'milestones';
    if (numeric && !p.has('unmeasurable')) p.add('measurable_outcome');
    if (!numeric && !flagged) p.add('binary_outcome');
  }
  return p;
}

function judge(labels: LabelledItem[], fixtures: string): Judged[] {
  const bySource = new Map<string, LabelledItem[]>();
  for (const l of labels) bySource.set(l.source, [...(bySource.get(l.source) ?? []), l]);
  const out: Judged[] = [];
  for (const [source, list] of bySource) {
    const path = join(fixtures, source);
    if (!existsSync(path)) throw new Error(`Source ${source} is not in ${fixtures}`);
    const preview = importFile(readFileSync(path, 'utf8'));
    const items = importedItems(preview);
    const rules = coachItems(preview, list[0]?.period ?? '');
    for (const label of list) {
      const item = matchLabel(label, items);
      const found = item ? (rules.get(item.key) ?? []) : [];
      out.push({
        label,
        item,
        predicted: allPredicted(label.kind, found, item),
        intact: textIntact(label, item),
        numbers:
          label.kind === 'key_result' && label.labels.includes('measurable_outcome')
            ? numbersRight(label, item)
            : null,
      });
    }
  }
  return out;
}

const pct = (x: number | null): string => (x === null ? '–' : x.toFixed(2));
const share = (n: number, d: number): string =>
  d ? `${n}/${d} (${((100 * n) / d).toFixed(1)} %)` : '–';
const sourceOf = (s: string): string => s.split('/')[0] ?? s;
const flagCounts = (list: Judged[]): Counts => {
  const c = emptyCounts();
  for (const j of list)
    tally(
      c,
      goldFlag(j.label),
      [...j.predicted].some((l) => !NOT_FLAGGED.has(l)),
    );
  return c;
};

function main(): void {
  const opt = args(process.argv.slice(2));
  const labels = readLabels(opt.labels);
  const judged = judge(labels, opt.fixtures);
  console.log(`Coach agreement on ${opt.labels}`);
  console.log(
    `${labels.length} labelled items from ${new Set(labels.map((l) => l.source)).size} files\n`,
  );

  const kinds: [ItemKind, readonly string[]][] = [
    ['objective', OBJECTIVE_LABELS],
    ['key_result', KEY_RESULT_LABELS],
  ];
  const rows: string[][] = [];
  for (const [kind, vocabulary] of kinds) {
    const of = judged.filter((j) => j.label.kind === kind);
    const seen = new Set([...vocabulary, ...of.flatMap((j) => j.label.labels)]);
    for (const label of seen) {
      const c = emptyCounts();
      for (const j of of) tally(c, j.label.labels.includes(label), j.predicted.has(label));
      const s = prf(c);
      if (!s.support && !c.fp) continue;
      rows.push([kind, label, String(s.support), pct(s.precision), pct(s.recall), pct(s.f1)]);
    }
  }
  console.log('Per label');
  printTable(['kind', 'label', 'support', 'precision', 'recall', 'F1'], rows);

  console.log('\nPer source ("flagged" = any label other than ok, measurable, binary, deadline)');
  const sources = [...new Set(judged.map((j) => sourceOf(j.label.source)))];
  printTable(
    ['source', 'items', 'flagged', 'precision', 'recall', 'F1', 'accuracy', 'kappa', 'import'],
    sources.map((src) => {
      const list = judged.filter((j) => sourceOf(j.label.source) === src);
      const c = flagCounts(list);
      const s = prf(c);
      return [
        src,
        String(list.length),
        String(s.support),
        pct(s.precision),
        pct(s.recall),
        pct(s.f1),
        pct(accuracy(c)),
        pct(cohenKappa(c)),
        share(list.filter((j) => j.intact).length, list.length),
      ];
    }),
  );

  const all = flagCounts(judged);
  const clear = flagCounts(judged.filter((j) => !isClose(j.label)));
  const measurable = judged.filter((j) => j.numbers !== null);
  console.log('\nOverall');
  printTable(
    ['measure', 'value'],
    [
      ['flag accuracy', pct(accuracy(all))],
      ["flag Cohen's kappa", pct(cohenKappa(all))],
      ['kappa without close calls', pct(cohenKappa(clear))],
      ['flag F1', pct(prf(all).f1)],
      [
        'import fidelity (kind + text)',
        share(judged.filter((j) => j.intact).length, judged.length),
      ],
      ['labelled items not found', String(judged.filter((j) => !j.item).length)],
      [
        'measurable KRs with kind/start/target/unit',
        share(measurable.filter((j) => j.numbers).length, measurable.length),
      ],
    ],
  );

  if (opt.verbose) {
    console.log('\nImport misses (label → imported)');
    for (const j of judged.filter((x) => !x.intact || x.numbers === false))
      console.log(
        `- ${j.label.source}:${j.label.line} [${j.label.kind}] ${JSON.stringify(j.label.text)}\n    → ${
          j.item
            ? `[${j.item.kind}] ${JSON.stringify(j.item.title)}${j.item.kr ? ` ${JSON.stringify(j.item.kr)}` : ''}`
            : 'not imported'
        }`,
      );
    console.log('\nDisagreements (gold → predicted)');
    for (const j of judged) {
      const gold = new Set(j.label.labels);
      const pred = j.predicted;
      const differs = [...gold].some((l) => !pred.has(l)) || [...pred].some((l) => !gold.has(l));
      if (differs)
        console.log(
          `- ${j.label.source}:${j.label.line} ${JSON.stringify(j.label.text.slice(0, 90))}: ${[...gold].join(',')} → ${[...pred].join(',') || '∅'}`,
        );
    }
  }
}

try {
  main();
} catch (err) {
  console.error(`coach:eval: ${(err as Error).message}`);
  process.exitCode = 1;
}
