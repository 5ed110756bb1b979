import { describe, expect, it } from 'vitest';
import { messagePlace } from '../../../renderer/src/ui/messagePlace';

const overlaps = (
  p: ReturnType<typeof messagePlace>,
  vh: number,
  d: { left: number; top: number; bottom: number; right: number },
  count: number,
) => {
  const height = Math.min(count, p.fits ?? count) * 52;
  const top = p.top ?? vh - (p.bottom ?? 0) - height;
  const bottom = top + height;
  return p.left < d.right && p.left + p.width > d.left && top < d.bottom && bottom > d.top;
};

describe('messagePlace', () => {
  const vp = { width: 1024, height: 700 };

  it('puts messages bottom left when no dialog is open', () => {
    expect(messagePlace(null, vp)).toEqual({ left: 16, bottom: 16, width: 320 });
  });

  it('keeps them beside a narrow dialog, never over it', () => {
    const d = { left: 272, right: 752, top: 150, bottom: 550 };
    const p = messagePlace(d, vp);
    expect(p.width).toBe(240);
    expect(p.fits).toBeUndefined();
    expect(overlaps(p, vp.height, d, 3)).toBe(false);
  });

  it('moves them below a wide dialog when there is more room below than above', () => {
    const d = { left: 172, right: 852, top: 100, bottom: 450 };
    const p = messagePlace(d, vp);
    expect(p).toMatchObject({ bottom: 16, fits: 4 });
    expect(overlaps(p, vp.height, d, 3)).toBe(false);
  });

  it('moves them above a wide dialog sitting low', () => {
    const d = { left: 172, right: 852, top: 300, bottom: 650 };
    const p = messagePlace(d, vp);
    expect(p).toMatchObject({ top: 16, fits: 5 });
    expect(overlaps(p, vp.height, d, 3)).toBe(false);
  });

  it('shows only the newest that fit in a narrow band, never over the dialog', () => {
    const d = { left: 172, right: 852, top: 148, bottom: 551 };
    const p = messagePlace(d, vp);
    expect(p).toMatchObject({ bottom: 16, fits: 2 });
    expect(overlaps(p, vp.height, d, 3)).toBe(false);
  });

  it('lays them over the title corner of a dialog that fills the window, not its foot', () => {
    const d = { left: 30, right: 994, top: 42, bottom: 658 };
    const p = messagePlace(d, vp);
    expect(p).toMatchObject({ top: 16, fits: 1 });
    expect(p.bottom).toBeUndefined();
  });
});
