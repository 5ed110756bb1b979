import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedFiles } from '../../../electron/main/feedFiles';
import { IpcRefused } from '../../../electron/main/ipc';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cairn-feeds-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = (chosen: string | null) =>
  createFeedFiles({
    listPath: join(dir, 'feed-files.json'),
    pick: async () => chosen,
    changed: () => undefined,
  });

describe('feed files in main', () => {
  it('reads a file the person picked, then again by its ref after a restart', async () => {
    const path = join(dir, 'sales.csv');
    writeFileSync(path, 'Month,MRR\n2026-11-01,41\n');
    const picked = await files(path).pick([]);
    expect(picked && 'bytes' in picked && new TextDecoder().decode(picked.bytes)).toContain('41');
    writeFileSync(path, 'Month,MRR\n2026-11-01,45\n');
    const again = await files(null).read(picked!.ref);
    expect('bytes' in again && new TextDecoder().decode(again.bytes)).toContain('45');
  });

  it('refuses a path the renderer made up, and reads nothing', async () => {
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    await expect(files(null).read(join(dir, 'secret.txt'))).rejects.toBeInstanceOf(IpcRefused);
  });

  it('says a picked file that was deleted is gone', async () => {
    const path = join(dir, 'sales.csv');
    writeFileSync(path, 'MRR\n1\n');
    const f = files(path);
    const picked = await f.pick([]);
    rmSync(path);
    expect(await f.read(picked!.ref)).toEqual({ gone: true });
  });

  it('forgets an unlinked file: it can no longer be read', async () => {
    const path = join(dir, 'sales.csv');
    writeFileSync(path, 'MRR\n1\n');
    const picked = await files(path).pick([]);
    await files(null).forget(picked!.ref);
    await expect(files(null).read(picked!.ref)).rejects.toBeInstanceOf(IpcRefused);
  });

  it('takes back a file forgotten this session when it is listed again (Undo of a delete)', async () => {
    const path = join(dir, 'sales.csv');
    writeFileSync(path, 'MRR\n1\n');
    const f = files(path);
    const picked = await f.pick([]);
    await f.forget(picked!.ref);
    await expect(f.read(picked!.ref)).rejects.toBeInstanceOf(IpcRefused);
    await f.watch([picked!.ref]);
    expect(await f.read(picked!.ref)).toHaveProperty('bytes');
    // Kept across a restart again, as before it was forgotten.
    expect(await files(null).read(picked!.ref)).toHaveProperty('bytes');
    f.close();
  });

  it('does not take back, after a restart, a file forgotten before it', async () => {
    const path = join(dir, 'sales.csv');
    writeFileSync(path, 'MRR\n1\n');
    const picked = await files(path).pick([]);
    await files(null).forget(picked!.ref);
    const later = files(null);
    await later.watch([picked!.ref]);
    await expect(later.read(picked!.ref)).rejects.toBeInstanceOf(IpcRefused);
    later.close();
  });
});
