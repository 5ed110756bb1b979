import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseCsvRecords, parseOkrCsv } from '../../../shared/domain/importCsv';

vi.setConfig({ testTimeout: 30_000 });

describe('parseCsvRecords', () => {
  it('reads quoted fields holding commas, quotes and newlines', () => {
    const rows = parseCsvRecords('a,b\n"x, y","say ""hi""\nthere"\n');
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('numbers each record by the line it starts on, and skips blank lines', () => {
    expect(parseCsvRecords('h\r\n\r\n"a\nb"\r\nc').map((r) => r.line)).toEqual([1, 3, 5]);
  });
});

describe('parseOkrCsv', () => {
  const csv = [
    'objective,key_result,kind,start,target,unit',
    'Grow the community,Meetups held,increase,0,10,meetups',
    ',Median reply time,decrease,48,12,h',
    ',"Newsletter launched, with archive",done,,,',
    'Ship v2,Crash-free sessions,Stay above,99.5,99.5,%',
  ].join('\n');

  it('opens an objective on each named row and adds the key results below it', () => {
    const { objectives, warnings } = parseOkrCsv(csv);
    expect(warnings).toEqual([]);
    expect(objectives.map((o) => [o.title, o.keyResults.length])).toEqual([
      ['Grow the community', 3],
      ['Ship v2', 1],
    ]);
    expect(objectives[0]!.keyResults[1]).toMatchObject({
      kind: 'decrease',
      start: 48,
      target: 12,
      unit: 'h',
    });
    expect(objectives[0]!.keyResults[2]).toMatchObject({
      title: 'Newsletter launched, with archive',
      kind: 'binary',
      start: 0,
      target: 1,
    });
    expect(objectives[1]!.keyResults[0]).toMatchObject({ kind: 'stayAbove', start: 99.5 });
  });

  it('accepts semicolons, any column order and case, and infers the kind from the numbers', () => {
    const { objectives } = parseOkrCsv(
      'Unit;Target;Start;Key Result;Objective\n%;88;80;Retention;Keep customers\n',
    );
    expect(objectives[0]!.keyResults[0]).toMatchObject({
      title: 'Retention',
      kind: 'increase',
      start: 80,
      target: 88,
      unit: '%',
    });
  });

  it('skips a row it cannot use and says which row and why', () => {
    const { objectives, warnings } = parseOkrCsv(
      'objective,key_result,kind,start,target\nA,Bad,increase,ten,20\nA,Backwards,increase,20,10\nA,Odd,teleport,1,2\n',
    );
    expect(objectives[0]!.keyResults).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([
      'Row 2: start "ten" is not a number; skipped',
      'Row 3: the target of "Backwards" does not increase from the start; skipped',
      'Row 4: kind "teleport" is not one Cairn knows; skipped',
    ]);
  });

  it('asks for a header row naming an objective column', () => {
    expect(parseOkrCsv('Grow,Revenue,1,2\n').warnings[0]!.message).toMatch(
      /first row must name the columns/,
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(
          Array.isArray(parseOkrCsv(`objective,key_result,start,target\n${s}`).objectives),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
