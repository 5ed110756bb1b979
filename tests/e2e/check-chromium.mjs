// Says which Chromium the end-to-end tests use, or how to get one, instead of letting
// Playwright fail obscurely.
import { chromium } from '@playwright/test';
import { findChromium, HOW_TO_GET_CHROMIUM } from './findChromium.mjs';

const found = findChromium({ playwrightChromium: () => chromium.executablePath() });
if (found.path === null) {
  console.error(`
No Chromium found, so the end-to-end tests cannot run. Looked at:
${found.tried.map((p) => `  - ${p}`).join('\n')}
${HOW_TO_GET_CHROMIUM}
`);
  process.exit(1);
}
console.log(`End-to-end tests use ${found.path} (${found.source}).`);
