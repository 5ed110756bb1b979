import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFeedFiles } from '../../../renderer/src/host/feedFiles';

/**
 * The browser build's feed files where the File System Access API is missing (Firefox, Safari):
 * the file input (faked: it hands over one file when clicked) keeps the File for the session.
 */
const csv = new File(['Month,MRR\n2026-11-01,41\n'], 'sales.csv');

function fakeInput() {
  const listeners = new Map<string, () => void>();
  const input = {
    type: '',
    accept: '',
    style: {},
    files: [csv],
    addEventListener: (name: string, fn: () => void) => void listeners.set(name, fn),
    click: () => listeners.get('change')?.(),
    remove: () => undefined,
  };
  return input;
}

beforeAll(() => {
  (globalThis as { window?: unknown }).window = {};
  (globalThis as { document?: unknown }).document = {
    createElement: fakeInput,
    body: { append: () => undefined },
  };
});
afterAll(() => {
  delete (globalThis as { window?: unknown }).window;
  delete (globalThis as { document?: unknown }).document;
});

const text = (r: Awaited<ReturnType<typeof browserFeedFiles.readFeedFile>>) =>
  'bytes' in r ? new TextDecoder().decode(r.bytes) : r;

describe('browserFeedFiles', () => {
  it('forgets a file, and takes it back when Undo lists it again in the same session', async () => {
    const picked = await browserFeedFiles.pickFeedFile({ filters: [] });
    const ref = picked!.ref;
    expect(text(await browserFeedFiles.readFeedFile(ref))).toContain('41');

    await browserFeedFiles.forgetFeedFile(ref);
    expect(await browserFeedFiles.readFeedFile(ref)).toEqual({ access: true });

    await browserFeedFiles.watchFeedFiles([ref]);
    expect(text(await browserFeedFiles.readFeedFile(ref))).toContain('41');
  });

  it('takes back nothing it never forgot: a made-up ref stays unreadable', async () => {
    await browserFeedFiles.watchFeedFiles(['not-a-picked-file']);
    expect(await browserFeedFiles.readFeedFile('not-a-picked-file')).toEqual({ access: true });
  });
});
