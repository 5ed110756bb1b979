import { chromium, defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/findChromium.mjs';

/**
 * End-to-end tests drive the built renderer (npm run build:web) in Chromium through the
 * browser host: CAIRN_CHROMIUM, else Playwright's own Chromium if installed, else the system's
 * (tests/e2e/findChromium.mjs; check-chromium.mjs says how to get one when there is none).
 */
const found = findChromium({ playwrightChromium: () => chromium.executablePath() });
const executablePath = found.path ?? undefined;
// Several checkouts may test at once on one machine: each picks its own port.
const port = Number(process.env.CAIRN_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.CAIRN_PW_JSON ?? 'test-results/playwright.json' }],
  ],
  outputDir: process.env.CAIRN_PW_OUT ?? 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1360, height: 860 },
    // Dates and numbers follow the system's locale until Settings picks one: every run reads
    // them as the same (British) person would, whatever the machine is set to.
    locale: 'en-GB',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
