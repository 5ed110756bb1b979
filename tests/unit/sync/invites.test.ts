import { describe, expect, it } from 'vitest';
import {
  formatInviteCode,
  INVITE_CODE_BYTES,
  normalizeInviteCode,
} from '../../../shared/sync/invites';

const bytes = (fill: (i: number) => number) =>
  Uint8Array.from({ length: INVITE_CODE_BYTES }, (_, i) => fill(i));

describe('formatInviteCode', () => {
  it('writes five groups of five characters a person can read aloud', () => {
    expect(formatInviteCode(bytes((i) => i * 37))).toMatch(
      /^([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}$/,
    );
  });

  it('writes different codes for different random bytes', () => {
    expect(formatInviteCode(bytes(() => 0))).not.toBe(
      formatInviteCode(bytes((i) => (i === 15 ? 8 : 0))),
    );
    expect(formatInviteCode(bytes(() => 0))).not.toBe(
      formatInviteCode(bytes((i) => (i === 0 ? 1 : 0))),
    );
  });

  it('refuses too few random bytes', () => {
    expect(() => formatInviteCode(new Uint8Array(8))).toThrow('needs 16 random bytes');
  });
});

describe('normalizeInviteCode', () => {
  const code = formatInviteCode(bytes((i) => i * 53 + 7));

  it('reads back the code it wrote', () => {
    expect(normalizeInviteCode(code)).toBe(code.replace(/-/g, ''));
  });

  it('matches a code typed in lower case, with spaces or without dashes', () => {
    const plain = code.replace(/-/g, '');
    expect(normalizeInviteCode(code.toLowerCase())).toBe(plain);
    expect(normalizeInviteCode(` ${code.replace(/-/g, ' ')} `)).toBe(plain);
    expect(normalizeInviteCode(plain)).toBe(plain);
  });

  it('reads the letters O, I and L as the digits they look like', () => {
    expect(normalizeInviteCode('OOOOO-IIIII-LLLLL-00000-11111')).toBe('0000011111111110000011111');
  });

  it('refuses text that cannot be a code', () => {
    for (const text of ['', 'hello', code.slice(0, -1), code + 'A', code.replace(/.$/, 'U')]) {
      expect(normalizeInviteCode(text)).toBeNull();
    }
  });
});
