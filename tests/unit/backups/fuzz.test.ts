import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../renderer/src/db/commands/backup';
import type { CairnDb } from '../../../renderer/src/db/schema';
import { BACKUP_TABLES, restore, serializeBackup } from '../../../shared/domain/backup';
import { fixture, fixtureText, freshDb, snapshot } from './helpers';

type Doc = ReturnType<typeof fixture>;

const oddValue = fc.oneof(
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '',
    ' ',
    '__proto__',
    '2026-02-30',
    'x'.repeat(600),
    null,
    true,
    0,
    -1,
    1e308,
    0.5,
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constant({ __proto__: null, evil: 1 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** One random change to a valid backup, the kinds a bad disk, a bad edit or an attacker make. */
const mutation = fc.oneof(
  fc.record({
    op: fc.constant('set' as const),
    t: fc.nat(),
    r: fc.nat(),
    f: fc.nat(),
    v: oddValue,
  }),
  fc.record({ op: fc.constant('drop-field' as const), t: fc.nat(), r: fc.nat(), f: fc.nat() }),
  fc.record({ op: fc.constant('drop-row' as const), t: fc.nat(), r: fc.nat() }),
  fc.record({ op: fc.constant('dup-row' as const), t: fc.nat(), r: fc.nat() }),
  fc.record({ op: fc.constant('swap-id' as const), t: fc.nat(), r: fc.nat(), s: fc.nat() }),
  fc.record({
    op: fc.constant('evil-key' as const),
    t: fc.nat(),
    r: fc.nat(),
    k: fc.constantFrom('__proto__', 'constructor', 'prototype'),
  }),
  fc.record({ op: fc.constant('drop-table' as const), t: fc.nat() }),
  fc.record({ op: fc.constant('version' as const), v: oddValue }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(doc: Doc, muts: Mutation[]): Doc {
  for (const m of muts) {
    if (m.op === 'version') {
      doc.formatVersion = m.v;
      continue;
    }
    const name = BACKUP_TABLES[m.t % BACKUP_TABLES.length]!;
    if (m.op === 'drop-table') {
      delete doc.tables[name];
      continue;
    }
    const rows = doc.tables[name];
    if (!Array.isArray(rows) || !rows.length) continue;
    const i = m.r % rows.length;
    const row = rows[i]!;
    const keys = Object.keys(row ?? {});
    if (m.op === 'set' && keys.length) row[keys[m.f % keys.length]!] = m.v;
    else if (m.op === 'drop-field' && keys.length) delete row[keys[m.f % keys.length]!];
    else if (m.op === 'drop-row') rows.splice(i, 1);
    else if (m.op === 'dup-row') rows.push(structuredClone(row));
    else if (m.op === 'swap-id') {
      const other = rows[m.s % rows.length]!;
      [row.id, other.id] = [other.id, row.id];
    } else if (m.op === 'evil-key')
      Object.defineProperty(row, m.k, {
        value: { polluted: true },
        enumerable: true,
        configurable: true,
        writable: true,
      });
  }
  return doc;
}

describe('restore under random mutations of a valid backup', () => {
  it('either restores something valid or refuses with a message; it never throws', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (muts, asText) => {
          const doc = apply(fixture(), muts);
          const r = asText ? restore(JSON.stringify(doc)) : restore(doc);
          if (r.ok) {
            // What was accepted is valid: written out and read back, it is accepted unchanged.
            const text = serializeBackup(r.tables, r.meta);
            const again = restore(text);
            expect(again.ok).toBe(true);
            if (again.ok) expect(serializeBackup(again.tables, again.meta)).toBe(text);
          } else {
            expect(r.problems.length).toBeGreaterThan(0);
            for (const p of r.problems)
              expect(typeof p.message === 'string' && p.message.length > 0).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it('refuses or accepts text cut or corrupted at any point, without throwing', () => {
    const text = fixtureText();
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.string({ maxLength: 3 }), (at, junk) => {
        const r = restore(text.slice(0, at) + junk + text.slice(at + junk.length));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe('restoreBackup under random mutations', () => {
  let db: CairnDb;
  beforeAll(async () => {
    db = freshDb();
    await restoreBackup(fixtureText(), { database: db });
  });

  it('never writes part of a file: the workspace is either the new data or unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (muts) => {
        const before = await snapshot(db);
        const doc = apply(fixture(), muts);
        const r = await restoreBackup(JSON.stringify(doc), { database: db });
        const after = await snapshot(db);
        if (r.ok) {
          const parsed = restore(JSON.stringify(doc));
          expect(parsed.ok && after).toBe(
            parsed.ok &&
              serializeBackup(parsed.tables, { appVersion: 'test', exportedAt: 'fixed' }),
          );
          await restoreBackup(fixtureText(), { database: db });
        } else expect(after).toBe(before);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
