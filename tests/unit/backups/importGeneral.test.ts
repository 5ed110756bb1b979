import { describe, expect, it } from 'vitest';
import { parseOkrMarkdown } from '../../../shared/domain/importMarkdown';

const read = (md: string) => parseOkrMarkdown(md);
const titles = (md: string) => read(md).objectives.map((o) => o.title);
const krs = (md: string) => read(md).objectives.flatMap((o) => o.keyResults);
const warningAt = (md: string, line: number) =>
  read(md)
    .warnings.filter((w) => line >= w.line && line <= (w.endLine ?? w.line))
    .map((w) => w.message);

describe('parseOkrMarkdown: targets kept off the page', () => {
  it('reads a redacted target as a number to move, asking for the real target', () => {
    const md = '## Win the mid-market\n- Sign [$N](https://example.invalid/plan) new partners\n';
    const [kr] = krs(md);
    expect(kr).toMatchObject({ kind: 'increase', targetMissing: true });
    expect(kr!.title).toBe('Sign $N new partners');
    expect(warningAt(md, 2).join(' ')).toMatch(/does not state its target.*fill in the real/);
  });

  it('reads a placeholder percentage as a measured result with its unit, not done / not done', () => {
    const [up, down] = krs(
      '## Guests come back often\n- Raise repeat bookings to X%\n- Reduce refund requests to ??%\n',
    );
    expect(up).toMatchObject({ kind: 'increase', unit: '%', targetMissing: true });
    expect(down).toMatchObject({ kind: 'decrease', start: 1, target: 0, targetMissing: true });
  });

  it('keeps a result with no number named ("meet the plan") as done / not done', () => {
    const [kr] = krs('## Grow the channel\n- Meet the reseller plan\n');
    expect(kr).toMatchObject({ kind: 'binary' });
    expect(kr!.targetMissing).toBeUndefined();
  });
});

describe('parseOkrMarkdown: headings that are not objectives', () => {
  it('skips a date or period heading over key results, with a reason, instead of making it an objective', () => {
    const md = '## Make checkout effortless\n\n### Autumn 2031 goals\n\n- Checkout p95 < 2 s\n';
    expect(titles(md)).not.toContain('Autumn 2031 goals');
    expect(warningAt(md, 3).join(' ')).toMatch(/section heading/);
    expect(krs(md).map((k) => k.title)).toContain('Checkout p95 < 2 s');
  });

  it('skips a heading that only names teams ("Design and support") over objectives', () => {
    const md =
      '## Design and support\n\n1. Customers solve problems without waiting\n   - First reply under 1 hour for 90% of tickets\n';
    expect(titles(md)).toEqual(['Customers solve problems without waiting']);
    expect(warningAt(md, 1).join(' ')).toMatch(/section heading/);
  });

  it('skips a heading that is a link to an article', () => {
    const md =
      '## [Our planning handbook](https://example.invalid/how)\n\n- Riders trust our arrival times\n  - 95% of arrivals within 2 minutes of the estimate\n';
    expect(titles(md)).toEqual(['Riders trust our arrival times']);
  });

  it('skips a list of links into the same page as a table of contents', () => {
    const md = [
      '- [Riders trust our arrival times](#riders-trust-our-arrival-times)',
      '  - [Drivers stay with us](#drivers-stay-with-us)',
      '',
      '## Riders trust our arrival times',
      '',
      '- 95% of arrivals within 2 minutes of the estimate',
    ].join('\n');
    expect(titles(md)).toEqual(['Riders trust our arrival times']);
    expect(read(md).objectives[0]!.line).toBe(4);
  });

  it('skips a link to a working document with a status before or after it', () => {
    const md =
      '## Q2\n\n- DRAFT: [partner programme sheet](https://example.invalid/s) \n- [pricing review notes](https://example.invalid/n) (final)\n';
    expect(titles(md)).toEqual([]);
  });
});

describe('parseOkrMarkdown: key results spelled out below', () => {
  it('reads a `P1: …` sub-heading under a key-results list as a key result too', () => {
    const md = [
      '### Objective: Mirrors stay fresh',
      '#### Key Results',
      '* P0: Sync - mirrors catch up quickly.',
      '##### P0: Sync',
      '',
      'A mirror catches up with a day of changes in under 10 minutes.',
    ].join('\n');
    const list = krs(md);
    expect(list.map((k) => k.title)).toEqual([
      'mirrors catch up quickly.',
      'A mirror catches up with a day of changes in under 10 minutes.',
    ]);
    expect(list[1]).toMatchObject({ kind: 'stayBelow', target: 10 });
  });

  it('reads a key result that ends in ":" over a plain list as one key result with the list as its note', () => {
    const md = [
      '1. **Grow the wholesale business**',
      '   1. Book these orders for next quarter:',
      '      1. Two orders over €50k',
      '      1. Five repeat orders',
    ].join('\n');
    const r = read(md);
    expect(r.objectives.map((o) => o.title)).toEqual(['Grow the wholesale business']);
    const [kr] = r.objectives[0]!.keyResults;
    expect(kr!.title).toBe('Book these orders for next quarter:');
    expect(kr!.note).toMatch(/Two orders over €50k.*Five repeat orders/);
  });
});

describe('parseOkrMarkdown: an objective followed by how', () => {
  it('keeps the aim as the title and the list of work after it as the description', () => {
    const [o] = read(
      '1. Make onboarding self-serve. Rewrite the setup guide, add a sample project\n   - 60% of trials finish setup alone\n',
    ).objectives;
    expect(o!.title).toBe('Make onboarding self-serve.');
    expect(o!.description).toMatch(/Rewrite the setup guide/);
  });

  it('splits "aim: how" after a colon, but not an abbreviation like "incl."', () => {
    const r = read(
      '- Make hiring feel fair to everyone: publish pay bands, train interviewers\n  - 90% of candidates rate it fair\n- Befriend maintainers incl. Rust and Go folks\n  - 10 joint talks\n',
    );
    expect(r.objectives.map((o) => o.title)).toEqual([
      'Make hiring feel fair to everyone',
      'Befriend maintainers incl. Rust and Go folks',
    ]);
  });

  it('keeps sentences that state numbers in the objective, where the coach can see them', () => {
    const [o] = read(
      '1. Hire well. 5 hires this quarter, none leaving\n   - Offer accept rate 80%\n',
    ).objectives;
    expect(o!.title).toBe('Hire well. 5 hires this quarter, none leaving');
  });
});

describe('parseOkrMarkdown: asides after the statement', () => {
  it('moves a status or reference in brackets to the note', () => {
    const [a, b, c] = krs(
      '## Search feels instant\n- [ ] Cache warm-up on deploy (WIP: waiting on infra)\n- [ ] Drop the old index (blocked on migration)\n- [ ] Shard the catalogue (ref: team/search#12)\n',
    );
    expect([a!.title, b!.title, c!.title]).toEqual([
      'Cache warm-up on deploy',
      'Drop the old index',
      'Shard the catalogue',
    ]);
    expect(a!.note).toMatch(/WIP: waiting on infra/);
  });

  it('keeps a handle that is part of the sentence, cuts an owner handle', () => {
    const [a, b] = krs(
      '## Reviews are shared\n- Every change is reviewed by someone other than @ana.\n- Release notes for every version @ben\n',
    );
    expect(a!.title).toBe('Every change is reviewed by someone other than @ana.');
    expect(b!.title).toBe('Release notes for every version');
  });

  it('cuts a one-word topic before a dash and an unknown owner "@???"', () => {
    const [a, b] = krs(
      '## Mirrors stay fresh\n- P1: Sync - a mirror catches up in ten minutes\n- `P2` - @??? - Two volunteers run a mirror\n',
    );
    expect(a!.title).toBe('a mirror catches up in ten minutes');
    expect(b!.title).toBe('Two volunteers run a mirror');
  });
});
