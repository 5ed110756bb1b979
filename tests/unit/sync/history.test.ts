import { describe, expect, it } from 'vitest';
import { objectiveHistory, type HistoryRecord } from '../../../shared/sync/history';

const people = {
  memberId: 'sam',
  names: new Map([
    ['sam', 'Sam'],
    ['ben', 'Ben'],
  ]),
};
const records: HistoryRecord[] = [
  { table: 'objectives', id: 'o1', title: 'Grow revenue' },
  { table: 'keyResults', id: 'k1', title: 'Reach 100 MRR' },
  { table: 'keyResults', id: 'k2', title: 'Old one', deletedAt: '2026-12-03T09:00:00.000Z' },
  { table: 'initiatives', id: 'i1', title: 'Call ten customers' },
];
const at = (hh: string) => `2026-12-03T${hh}:00.000Z`;
const texts = (edits: [string, { by: string; at: string }][]) =>
  objectiveHistory(edits, records, people, 'en-GB').map((l) => l.text);

describe('objectiveHistory', () => {
  it('tells who last changed each field, "You" for the person reading, newest first', () => {
    const lines = objectiveHistory(
      [
        ['objectives/o1/title', { by: 'ben', at: at('10:02') }],
        ['objectives/o1/description', { by: 'sam', at: at('11:30') }],
        ['keyResults/k1/target', { by: 'ben', at: at('09:15') }],
      ],
      records,
      people,
      'en-GB',
    );
    expect(lines.map((l) => l.text)).toEqual([
      'You changed the description',
      'Ben changed the title',
      'Ben changed the target of the key result “Reach 100 MRR”',
    ]);
    expect(lines[1]!.when).toMatch(/3 Dec 2026/);
  });

  it('says who created the objective and who added, deleted or restored its parts', () => {
    expect(
      texts([
        ['objectives/o1/', { by: 'sam', at: at('08:00') }],
        ['keyResults/k1/', { by: 'ben', at: at('08:10') }],
        ['keyResults/k2/deletedAt', { by: 'ben', at: at('09:00') }],
        ['initiatives/i1/deletedAt', { by: 'sam', at: at('09:30') }],
      ]),
    ).toEqual([
      'You restored the initiative “Call ten customers”',
      'Ben deleted the key result “Old one”',
      'Ben added the key result “Reach 100 MRR”',
      'You created the objective',
    ]);
  });

  it('names fields in words and leaves out stamps, the file feed and other records', () => {
    expect(
      texts([
        ['objectives/o1/alignedTo', { by: 'ben', at: at('10:00') }],
        ['objectives/o1/planState', { by: 'ben', at: at('09:59') }],
        ['objectives/o1/updatedAt', { by: 'ben', at: at('10:00') }],
        ['keyResults/k1/feed', { by: 'ben', at: at('10:00') }],
        ['objectives/other/title', { by: 'ben', at: at('10:00') }],
      ]),
    ).toEqual(['Ben changed the alignment', 'Ben changed the plan state']);
  });

  it('names someone who left the org tree as such', () => {
    expect(texts([['objectives/o1/title', { by: 'gone', at: at('10:00') }]])).toEqual([
      'Someone no longer in the org tree changed the title',
    ]);
  });
});
