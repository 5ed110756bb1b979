import { z } from 'zod';

/**
 * zod as every schema of ours builds it. zod 4 compiles object parsers with `new Function`
 * and probes for it when an object schema is built; the renderer's CSP forbids eval, so the
 * probe fails (zod then parses without the compiler anyway) and Chromium reports a CSP
 * violation in every session. `jitless` skips the probe. It must be set before the first
 * schema is built, and the bundler orders chunks as it likes, so schemas import `z` from
 * here: ES modules run this module before any module that imports it.
 */
z.config({ jitless: true });

export { z };
