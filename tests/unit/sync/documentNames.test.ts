import { describe, expect, it } from 'vitest';
import { formatDocumentName, parseDocumentName } from '../../../shared/sync/documentNames';

describe('documentNames', () => {
  it('reads back every name it writes', () => {
    const names = [
      { kind: 'org' as const },
      { kind: 'unit' as const, ownerId: 'b1c2-aa', cycleId: 'q1-2027' },
      { kind: 'planning' as const, cycleId: 'q1-2027' },
    ];
    for (const name of names) expect(parseDocumentName(formatDocumentName(name))).toEqual(name);
  });

  it('refuses names a client could use to reach outside its documents', () => {
    for (const text of ['', 'orgs', 'unit/a', 'unit/a/b/c', 'unit/../b', 'planning/', 'x/a/b']) {
      expect(parseDocumentName(text)).toBeNull();
    }
  });

  it('will not write a name from an id with a slash', () => {
    expect(() => formatDocumentName({ kind: 'planning', cycleId: 'a/b' })).toThrow(
      'not a record id',
    );
  });
});
