// Chromium as the end-to-end tests use it (playwright.config.ts): Debian's by default.
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

export const executablePath = process.env.CAIRN_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A browser on an on-disk profile (IndexedDB on disk, as in the app), headless. */
export function launchProfile(dir) {
  return chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1360, height: 860 },
  });
}

export function chromiumVersion() {
  try {
    return execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown Chromium';
  }
}
