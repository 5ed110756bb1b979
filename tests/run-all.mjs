// npm test: every runner in turn, then one closing line `N passed, N failed` summed over all.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);

rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/playwright.json', { force: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

// 1. Unit, integration (Dexie on fake-indexeddb) and component tests.
const unitStatus = run('npx', ['vitest', 'run']);
const v = read('test-results/vitest.json');
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  if (unitStatus !== 0 && v.numFailedTests === 0) {
    failed += 1;
    problems.push('vitest exited with an error outside the tests');
  }
} else {
  failed += 1;
  problems.push('vitest wrote no report');
}

// 2. End to end in Chromium on the built renderer.
const chromium = run('node', ['tests/e2e/check-chromium.mjs']);
if (chromium !== 0) {
  failed += 1;
  problems.push('no Chromium: end-to-end tests did not run');
} else if (
  run('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']) !== 0
) {
  failed += 1;
  problems.push('the renderer did not build');
} else {
  const e2eStatus = run('npx', ['playwright', 'test']);
  const p = read('test-results/playwright.json');
  if (p) {
    const s = p.stats;
    passed += s.expected + (s.flaky ?? 0);
    failed += s.unexpected;
    skipped += s.skipped;
    if (e2eStatus !== 0 && s.unexpected === 0) {
      failed += 1;
      problems.push('playwright exited with an error outside the tests');
    }
  } else {
    failed += 1;
    problems.push('playwright wrote no report');
  }
}

for (const p of problems) console.log(`problem: ${p}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
