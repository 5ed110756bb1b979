import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  MAX_OPEN_BYTES,
  restore,
  tooLargeMessage,
  type RestoreResult,
} from '../../../shared/domain/backup';

const messages = (r: RestoreResult): string[] => (r.ok ? [] : r.problems.map((p) => p.message));

describe('restore', () => {
  it('says a file with no format version is not a Cairn backup', () => {
    const r = restore(JSON.stringify({ format: BACKUP_FORMAT, tables: {} }), 'notes.json');
    expect(messages(r)).toEqual([
      'This file has no Cairn backup format version: it is not a Cairn backup',
    ]);
  });

  it('names a file of garbage bytes as not JSON, without quoting its bytes', () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x51, 0x8f, 0x6b, 0x00, 0x13, 0x9c, 0xe2]);
    const r = restore(new TextDecoder().decode(garbage), 'photo.json');
    expect(messages(r)).toEqual(['photo.json is not a JSON file: it holds binary data, not text']);
  });

  it('says where plain text stops being JSON', () => {
    const r = restore('{"format": "cairn-backup", oops}', 'edited.json');
    expect(messages(r)).toEqual([
      'edited.json is not a JSON file: it stops making sense at character 27',
    ]);
  });

  it('calls a file without a name "This file"', () => {
    expect(messages(restore('not json'))[0]).toMatch(/^This file is not a JSON file/);
  });
});

describe('tooLargeMessage', () => {
  it('names the file and the limit, in the same megabytes the check counts', () => {
    expect(MAX_OPEN_BYTES).toBe(100_000_000);
    expect(tooLargeMessage('archive.json', 150_000_000)).toBe(
      'archive.json is 150 MB; Cairn opens files up to 100 MB',
    );
    expect(tooLargeMessage('edge.json', MAX_OPEN_BYTES + 1)).toBe(
      'edge.json is 100.1 MB; Cairn opens files up to 100 MB',
    );
  });
});
