import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  escapeTableCell,
  markdownList,
  markdownTable,
} from '../../../shared/report/markdownText';
import { cellText, headings, markupNodes, nodesOfType, parse, tableRows, textOf } from './markdown';

const hostile = [
  '*bold* _it_ `code` ~~gone~~',
  '<script>alert(1)</script>',
  'a | b | c',
  '[link](http://x) ![img](y)',
  '# not a heading #',
  '- not a list',
  '1. not a list',
  '2) nor this',
  '---',
  '===',
  '+ plus',
  '-',
  '> not a quote',
  '&lt; stays &amp; as typed',
  'back\\slash',
  'line one\nline two\r\n\n## heading?',
  '    indented code?',
];

describe('escapeMarkdown', () => {
  it.each(hostile)('renders %j as exactly its text, with no markup', (text) => {
    const md = escapeMarkdown(text);
    expect(md).not.toContain('\n');
    expect(markupNodes(md)).toEqual([]);
    expect(textOf(parse(md))).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('keeps a heading to one heading whatever the title says', () => {
    const md = `## ${escapeMarkdown('Ship it\n# Injected\n<b>x</b>')}\n\nbody`;
    expect(headings(md)).toEqual(['Ship it # Injected <b>x</b>']);
  });

  it.each(['24.5 s', '-5', '+1', '2026-11-24', '3) three'])(
    'leaves %j as a number reads, not as a list marker',
    (text) => {
      const md = escapeMarkdown(text);
      expect(nodesOfType(parse(`- ${md}`), 'list')).toHaveLength(1);
      expect(textOf(parse(md))).toBe(text);
    },
  );

  it('leaves ordinary words and numbers unescaped so the raw text stays readable', () => {
    expect(escapeMarkdown('Retention 80 % to 88.5 % (by March)')).toBe(
      'Retention 80 % to 88.5 % (by March)',
    );
  });
});

describe('markdownTable', () => {
  it('keeps every row to the header’s cell count even when cells hold pipes and newlines', () => {
    const md = markdownTable(
      ['Key result', 'Value'],
      [
        [escapeTableCell('a | b'), escapeTableCell('1\n2')],
        [escapeTableCell('<script>|</script>'), escapeTableCell('')],
      ],
      ['left', 'right'],
    );
    const rows = tableRows(md);
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r).toHaveLength(2);
    expect(cellText(rows[2]![0]!)).toBe('a | b');
    expect(cellText(rows[3]![0]!)).toBe('<script>|</script>');
    expect(rows[3]![1]).toBe('–');
    expect(rows[1]).toEqual(['---', '---:']);
    expect(markupNodes(md)).toEqual([]);
  });
});

describe('markdownList', () => {
  it('numbers an ordered list and writes nothing for no items', () => {
    expect(markdownList(['a', 'b'], true)).toBe('1. a\n2. b');
    expect(markdownList([])).toBe('');
  });
});
