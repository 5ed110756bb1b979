import { expect, type Locator, type Page } from '@playwright/test';
import type { HostingStatus } from '../../../shared/host';

/** Settings › Host a team on this computer, found by roles and accessible names. */
export class HostingPage {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Host a team on this computer' });
  }

  get status(): Locator {
    return this.section.getByRole('status').first();
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    const input = this.page.getByRole('combobox', { name: 'Type a command' });
    await input.fill('settings');
    await input.press('Enter');
    await expect(this.section).toBeVisible();
  }

  /**
   * Plays the desktop app's host in the page: Electron cannot launch here, so the screenshots
   * of the running state stand it in with this status (everything else answers as a quiet host).
   */
  static async stubDesktopHost(page: Page, status: HostingStatus): Promise<void> {
    await page.addInitScript((s) => {
      const none = () => () => {};
      const hostTeam = {
        status: async () => s,
        start: async () => s,
        stop: async () => ({ ...s, state: 'stopped' }),
        invite: async (personId: string) => ({ personId, code: '7G2KQ-M4XRA-8P3WD-0ZT5N-CF6YB' }),
        onStatus: none,
      };
      const known: Record<string, unknown> = {
        hostTeam,
        appInfo: async () => ({
          name: 'Cairn',
          version: '0.1.0',
          platform: 'linux',
          host: 'electron',
        }),
        onMenuAction: none,
        onOpenBackupFile: none,
        onFeedFileChanged: none,
        listAutoBackups: async () => [],
        readSecret: async () => null,
        notificationPermission: async () => 'granted',
        updateStatus: async () => ({
          enabled: false,
          feedUrl: '',
          managedBy: 'you',
          policyPath: '',
          canUpdate: false,
          version: '0.1.0',
        }),
      };
      (window as unknown as { cairnHost: unknown }).cairnHost = new Proxy(known, {
        get: (t, k: string) => (k in t ? t[k] : async () => undefined),
      });
    }, status);
  }
}
