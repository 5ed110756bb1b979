// Where the end-to-end tests find a Chromium: one place for check-chromium.mjs (which explains
// what to do when there is none) and playwright.config.ts (which launches it).
import { existsSync } from 'node:fs';
import { posix, win32 } from 'node:path';

/** The usual install locations of Chromium and Chrome on each system, most likely first. */
export function systemChromiumPaths(platform, env = {}) {
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [
      win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    const apps = ['/Applications', env.HOME && posix.join(env.HOME, 'Applications')].filter(
      Boolean,
    );
    return apps.flatMap((dir) => [
      posix.join(dir, 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
      posix.join(dir, 'Google Chrome.app', 'Contents', 'MacOS', 'Google Chrome'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

/**
 * CAIRN_CHROMIUM when set (and only it: a path someone chose is never silently replaced),
 * else Playwright's own Chromium if it was installed, else the system's.
 * @param {{ env?: Record<string, string | undefined>, platform?: string,
 *   exists?: (path: string) => boolean, playwrightChromium?: () => string | undefined }} [opts]
 * @returns {{ path: string, source: string } | { path: null, tried: string[] }}
 */
export function findChromium(opts = {}) {
  const env = opts.env ?? process.env;
  const platform = opts.platform ?? process.platform;
  const exists = opts.exists ?? existsSync;
  if (env.CAIRN_CHROMIUM)
    return exists(env.CAIRN_CHROMIUM)
      ? { path: env.CAIRN_CHROMIUM, source: 'CAIRN_CHROMIUM' }
      : { path: null, tried: [`${env.CAIRN_CHROMIUM} (CAIRN_CHROMIUM)`] };
  const tried = [];
  let own;
  try {
    own = opts.playwrightChromium?.();
  } catch {
    own = undefined;
  }
  if (own) {
    if (exists(own)) return { path: own, source: "Playwright's Chromium" };
    tried.push(`${own} (Playwright's Chromium, not installed)`);
  }
  for (const p of systemChromiumPaths(platform, env)) {
    if (exists(p)) return { path: p, source: 'the system' };
    tried.push(p);
  }
  return { path: null, tried };
}

export const HOW_TO_GET_CHROMIUM = `Get one of these, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get install -y chromium poppler-utils
  - macOS/Windows:  install Google Chrome or Chromium in the usual place
  - Playwright's:   npx playwright install chromium
  - Any Chromium:   CAIRN_CHROMIUM=/path/to/chrome npm test`;
