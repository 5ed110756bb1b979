// Says how to get a Chromium when none is found, instead of letting Playwright fail obscurely.
import { existsSync } from 'node:fs';

const path = process.env.CAIRN_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`
No Chromium found at ${path}, so the end-to-end tests cannot run.
Get one of these, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get install -y chromium poppler-utils
  - Playwright's:   npx playwright install chromium
                    then CAIRN_CHROMIUM=<path it prints> npm test
  - Any Chromium:   CAIRN_CHROMIUM=/path/to/chrome npm test
`);
  process.exit(1);
}
