import { describe, expect, it } from 'vitest';
import { findChromium, systemChromiumPaths } from '../../e2e/findChromium.mjs';

const on =
  (...present: string[]) =>
  (p: string) =>
    present.includes(p);
const OWN = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

describe('findChromium', () => {
  it('uses CAIRN_CHROMIUM first, even when other browsers are installed', () => {
    const r = findChromium({
      env: { CAIRN_CHROMIUM: '/opt/chrome/chrome' },
      platform: 'linux',
      exists: on('/opt/chrome/chrome', OWN, '/usr/bin/chromium'),
      playwrightChromium: () => OWN,
    });
    expect(r).toEqual({ path: '/opt/chrome/chrome', source: 'CAIRN_CHROMIUM' });
  });

  it('does not replace a CAIRN_CHROMIUM that is missing with another browser, and says so', () => {
    const r = findChromium({
      env: { CAIRN_CHROMIUM: '/opt/typo/chrome' },
      platform: 'linux',
      exists: on('/usr/bin/chromium'),
    });
    expect(r).toEqual({ path: null, tried: ['/opt/typo/chrome (CAIRN_CHROMIUM)'] });
  });

  it("then takes Playwright's own Chromium when it is installed", () => {
    const r = findChromium({
      env: {},
      platform: 'linux',
      exists: on(OWN, '/usr/bin/chromium'),
      playwrightChromium: () => OWN,
    });
    expect(r).toEqual({ path: OWN, source: "Playwright's Chromium" });
  });

  it('then the system Chromium or Chrome on Linux, macOS and Windows', () => {
    const find = (platform: string, present: string, env = {}) =>
      findChromium({ env, platform, exists: on(present), playwrightChromium: () => OWN }).path;
    expect(find('linux', '/usr/bin/chromium-browser')).toBe('/usr/bin/chromium-browser');
    expect(find('linux', '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(find('darwin', mac)).toBe(mac);
    const win = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(find('win32', win, { ProgramFiles: 'C:\\Program Files' })).toBe(win);
  });

  it('lists every place it looked when there is none', () => {
    const r = findChromium({
      env: {},
      platform: 'linux',
      exists: () => false,
      playwrightChromium: () => OWN,
    });
    expect(r.path).toBeNull();
    expect('tried' in r && r.tried).toEqual([
      `${OWN} (Playwright's Chromium, not installed)`,
      ...systemChromiumPaths('linux'),
    ]);
  });
});
