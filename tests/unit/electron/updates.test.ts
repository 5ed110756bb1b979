/**
 * Updates are off until a person or an organisation's policy turns them on; then the only
 * request goes to the configured feed. The real electron-updater runs here, with Electron's
 * `app` and `net` replaced (the binary cannot run on these machines): every request it makes
 * is recorded and answered from a fake feed.
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUpdates, policyPath, type Updater } from '../../../electron/main/updates';

const dir = mkdtempSync(join(tmpdir(), 'cairn-updates-'));
const FEED = 'https://updates.example.org/cairn/';
const requests: string[] = [];
/** What the fake feed serves, by file name. */
let feed: Record<string, Buffer> = {};

function fakeRequest(url: string) {
  const req = new EventEmitter() as EventEmitter & Record<string, unknown>;
  Object.assign(req, {
    setHeader() {},
    abort() {},
    write() {},
    end() {
      setImmediate(() => {
        const name = new URL(url).pathname.split('/').pop() ?? '';
        const body = url.startsWith(FEED) ? feed[name] : undefined;
        const res = Object.assign(new PassThrough(), {
          statusCode: body ? 200 : 404,
          statusMessage: body ? 'OK' : 'Not Found',
          headers: { 'content-length': String(body?.length ?? 0) },
        });
        req.emit('response', res);
        setImmediate(() => res.end(body));
      });
    },
  });
  return req;
}

const fakeElectron = {
  app: {
    getVersion: () => '0.1.0',
    getName: () => 'Cairn',
    isPackaged: true,
    getAppPath: () => dir,
    getPath: () => dir,
    whenReady: () => Promise.resolve(),
    once() {},
    on() {},
    quit() {},
    relaunch() {},
  },
  net: {
    request(o: { protocol?: string; hostname?: string; port?: string; path?: string }) {
      const url = `${o.protocol ?? 'https:'}//${o.hostname}${o.port ? `:${o.port}` : ''}${o.path}`;
      requests.push(url);
      return fakeRequest(url);
    },
  },
  session: { fromPartition: () => ({}) },
};

// electron-updater is plain CommonJS that require()s 'electron': answer that with the fake.
const loader = Module as unknown as { _load: (r: string, ...a: unknown[]) => unknown };
const realLoad = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'electron' ? fakeElectron : realLoad.call(this, request, ...rest);
};
// The AppImage updater acts only inside an AppImage; its download cache goes to a temp folder.
// A packaged app has resources/app-update.yml as electron-builder writes it from package.json's
// `publish` (a placeholder address): the updater reads its cache folder name from it, and
// must never ask that address, only the feed set at run time.
const resources = process as unknown as { resourcesPath?: string };
const realResources = resources.resourcesPath;
resources.resourcesPath = dir;
writeFileSync(
  join(dir, 'app-update.yml'),
  'provider: generic\nurl: https://updates.example.invalid/cairn/\nupdaterCacheDirName: cairn-updater\n',
);
vi.stubEnv('APPIMAGE', join(dir, 'Cairn.AppImage'));
vi.stubEnv('XDG_CACHE_HOME', join(dir, 'cache'));
afterAll(() => {
  loader._load = realLoad;
  resources.resourcesPath = realResources;
  vi.unstubAllEnvs();
});

let n = 0;
function setup(opts: { policy?: unknown; settings?: unknown } = {}) {
  const home = join(dir, `case-${n++}`);
  mkdirSync(home, { recursive: true });
  const paths = { policyPath: join(home, 'policy.json'), settingsPath: join(home, 'updates.json') };
  if (opts.policy !== undefined)
    writeFileSync(
      paths.policyPath,
      typeof opts.policy === 'string' ? opts.policy : JSON.stringify(opts.policy),
    );
  if (opts.settings !== undefined) writeFileSync(paths.settingsPath, JSON.stringify(opts.settings));
  const loadUpdater = vi.fn(async () => {
    const mod = await import('electron-updater');
    return ((mod as unknown as { default?: typeof mod }).default ?? mod).autoUpdater as Updater;
  });
  const updates = createUpdates({ ...paths, version: '0.1.0', canUpdate: true, loadUpdater });
  return { updates, loadUpdater, paths };
}

const latest = (version: string, file: Buffer) => {
  const sha512 = createHash('sha512').update(file).digest('base64');
  const name = `Cairn-${version}-x86_64.AppImage`;
  return {
    'latest-linux.yml': Buffer.from(
      `version: ${version}\nfiles:\n  - url: ${name}\n    sha512: ${sha512}\n    size: ${file.length}\n` +
        `path: ${name}\nsha512: ${sha512}\nreleaseDate: '2026-12-01T00:00:00.000Z'\n`,
    ),
    [name]: file,
  };
};

beforeEach(() => {
  requests.length = 0;
  feed = {};
});

describe('updates', () => {
  it('are off by default: a check asks nothing of the network and loads no updater', async () => {
    const { updates, loadUpdater } = setup();
    expect(await updates.status()).toMatchObject({ enabled: false, managedBy: 'you' });
    const stop = updates.start();
    expect(await updates.check()).toMatchObject({ outcome: 'off' });
    stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(requests).toEqual([]);
  });

  it('once turned on, ask only the configured feed, and say when Cairn is up to date', async () => {
    feed = latest('0.1.0', Buffer.from('same'));
    const { updates } = setup();
    await updates.save({ enabled: true, feedUrl: FEED });
    expect(await updates.check()).toMatchObject({ outcome: 'up-to-date', version: '0.1.0' });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((u) => u.startsWith(`${FEED}latest-linux.yml`))).toBe(true);
  });

  it('download a newer version from the same feed, to install when Cairn quits', async () => {
    const file = Buffer.from('the next Cairn');
    feed = latest('0.2.0', file);
    const { updates } = setup({ settings: { enabled: true, feedUrl: FEED } });
    const r = await updates.check();
    expect(r).toMatchObject({ outcome: 'available', version: '0.2.0' });
    expect(r.message).toMatch(/installs when you quit/);
    await vi.waitFor(() => expect(requests).toContain(`${FEED}Cairn-0.2.0-x86_64.AppImage`));
    expect(requests.filter((u) => !u.startsWith(FEED))).toEqual([]);
  });

  it('refuse a feed that is not https, or turning on without a feed, and keep them off', async () => {
    const { updates } = setup();
    await expect(
      updates.save({ enabled: true, feedUrl: 'http://updates.example.org/' }),
    ).rejects.toThrow(/https/);
    await expect(updates.save({ enabled: true, feedUrl: '' })).rejects.toThrow(/needed/);
    expect(await updates.status()).toMatchObject({ enabled: false });
  });

  it('follow an organisation policy over the person, who cannot change it', async () => {
    const { updates, paths } = setup({
      policy: { updates: { enabled: true, feedUrl: FEED } },
      settings: { enabled: false, feedUrl: '' },
    });
    expect(await updates.status()).toMatchObject({
      enabled: true,
      feedUrl: FEED,
      managedBy: 'policy',
    });
    await expect(updates.save({ enabled: false, feedUrl: '' })).rejects.toThrow(/policy/);
    expect(JSON.parse(readFileSync(paths.settingsPath, 'utf8'))).toEqual({
      enabled: false,
      feedUrl: '',
    });
  });

  it('stay off when the policy file is not valid, and say what is wrong with it', async () => {
    for (const [policy, why] of [
      ['{ not json', /JSON/],
      [{ updates: { enabled: true } }, /: updates\.feedUrl is needed when updates are enabled$/],
      [{ updates: { enabled: true, feedUrl: 'ftp://x/' } }, /updates\.feedUrl must be an https/],
    ] as const) {
      const { updates, loadUpdater, paths } = setup({ policy });
      const s = await updates.status();
      expect(s).toMatchObject({ enabled: false, managedBy: 'policy' });
      expect(s.problem).toContain(paths.policyPath);
      expect(s.problem).toMatch(why);
      expect((await updates.check()).outcome).toBe('off');
      expect(loadUpdater).not.toHaveBeenCalled();
    }
    expect(requests).toEqual([]);
  });

  it('look for the policy in a machine-wide place on each system', () => {
    expect(policyPath('linux', {})).toBe('/etc/cairn/policy.json');
    expect(policyPath('darwin', {})).toBe('/Library/Application Support/Cairn/policy.json');
    expect(policyPath('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\Cairn\\policy.json',
    );
  });
});
