import type { HostApi, NotifyPermission } from '@shared/host';

/**
 * Notifications and the badge in a plain browser: the Notification API when the person has
 * allowed it, and the count in the tab title ("(3) Cairn"). A click on a notification runs
 * its action through the same listeners as Electron's native menu.
 */

const menuListeners = new Set<(actionId: string) => void>();
const APP_TITLE = 'Cairn';

/** Subscribes to actions a notification click asks for (browserHost's `onMenuAction`). */
export function onNotificationAction(listener: (actionId: string) => void): () => void {
  menuListeners.add(listener);
  return () => void menuListeners.delete(listener);
}

const supported = (): boolean => typeof Notification !== 'undefined';

export const browserNotifications: Pick<
  HostApi,
  'notify' | 'notificationPermission' | 'requestNotificationPermission' | 'setBadgeCount'
> = {
  async notify(req) {
    if (!supported() || Notification.permission !== 'granted') return false;
    try {
      // One tag: a newer reminder replaces an older one instead of piling up.
      const n = new Notification(req.title, { body: req.body, tag: 'cairn-check-in' });
      n.onclick = () => {
        window.focus();
        n.close();
        if (req.actionId) for (const l of menuListeners) l(req.actionId);
      };
      return true;
    } catch {
      // Some browsers allow notifications only from a service worker: the banner stands in.
      return false;
    }
  },
  async notificationPermission(): Promise<NotifyPermission> {
    return supported() ? Notification.permission : 'unsupported';
  },
  async requestNotificationPermission(): Promise<NotifyPermission> {
    return supported() ? Notification.requestPermission() : 'unsupported';
  },
  async setBadgeCount(count) {
    document.title = count > 0 ? `(${count}) ${APP_TITLE}` : APP_TITLE;
  },
};
