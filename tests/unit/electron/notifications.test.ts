import { beforeEach, describe, expect, it, vi } from 'vitest';

const m = vi.hoisted(() => ({
  supported: true,
  shown: [] as { options: { title: string; body: string }; handlers: Record<string, () => void> }[],
  badge: [] as number[],
  win: null as null | Record<string, ReturnType<typeof vi.fn>>,
}));

vi.mock('electron', () => {
  class Notification {
    static isSupported = () => m.supported;
    handlers: Record<string, () => void> = {};
    constructor(public options: { title: string; body: string }) {}
    on(name: string, fn: () => void) {
      this.handlers[name] = fn;
    }
    show() {
      m.shown.push({ options: this.options, handlers: this.handlers });
    }
  }
  return {
    Notification,
    app: { setBadgeCount: (n: number) => void m.badge.push(n) },
    BrowserWindow: { fromWebContents: () => m.win },
  };
});

import {
  notificationPermission,
  setBadgeCount,
  showNotification,
} from '../../../electron/main/notifications';
import { HOST_CHANNELS } from '../../../shared/host';

const sender = () => ({ isDestroyed: () => false, send: vi.fn() });

beforeEach(() => {
  m.supported = true;
  m.shown = [];
  m.win = {
    isMinimized: vi.fn(() => true),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
});

describe('the reminder notification in Electron', () => {
  it('shows the text it was given, and a click brings the window back and opens the session', () => {
    const s = sender();
    const req = { title: 'Time to check in', body: '3 key results', actionId: 'checkin.session' };
    expect(showNotification(s as never, req)).toBe(true);
    expect(m.shown.map((n) => n.options)).toEqual([
      { title: 'Time to check in', body: '3 key results' },
    ]);
    expect(s.send).not.toHaveBeenCalled();
    m.shown[0]!.handlers.click!();
    expect(m.win!.restore).toHaveBeenCalled();
    expect(m.win!.focus).toHaveBeenCalled();
    expect(s.send).toHaveBeenCalledWith(HOST_CHANNELS.menuAction, 'checkin.session');
  });

  it('does nothing on a click once the window is gone', () => {
    const s = { isDestroyed: () => true, send: vi.fn() };
    showNotification(s as never, {
      title: 'Time to check in',
      body: '',
      actionId: 'checkin.session',
    });
    m.shown[0]!.handlers.click!();
    expect(s.send).not.toHaveBeenCalled();
  });

  it('says so when the system has no notifications, and shows none', () => {
    m.supported = false;
    expect(notificationPermission()).toBe('unsupported');
    expect(showNotification(sender() as never, { title: 'Time to check in', body: '' })).toBe(
      false,
    );
    expect(m.shown).toEqual([]);
  });

  it('puts the count on the app icon', () => {
    setBadgeCount(3);
    setBadgeCount(0);
    expect(m.badge).toEqual([3, 0]);
  });
});
