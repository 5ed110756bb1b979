import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, PRINCIPLES } from '../../../shared/domain/coach';

const METHOD = resolve(process.cwd(), '../shared/seed/okr-work-method.md');

describe('every coach rule names its principle', () => {
  it('with a branch and a leaf of the method', () => {
    for (const r of ALL_RULES) expect(r.principle.leaf.length, r.id).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(METHOD))(
    'quoted exactly as the method writes them (needs ../shared/seed)',
    () => {
      const text = readFileSync(METHOD, 'utf8');
      for (const p of Object.values(PRINCIPLES)) {
        expect(text, p.branch).toContain(`### ${p.branch}`);
        expect(text, p.leaf).toContain(`**${p.leaf}**`);
      }
    },
  );
});
