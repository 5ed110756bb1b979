import { app, BrowserWindow, Notification, type WebContents } from 'electron';
import { HOST_CHANNELS, type NotifyPermission, type NotifyRequest } from '../../shared/host';

// A notification whose object is garbage-collected loses its click handler on some systems:
// the ones on screen are kept here until clicked or closed.
const onScreen = new Set<Notification>();

/**
 * Shows a notification (arguments already validated by ipc.ts). A click brings back the
 * window that asked and sends it the action, through the same channel as the native menu.
 */
export function showNotification(sender: WebContents, req: NotifyRequest): boolean {
  if (!Notification.isSupported()) return false;
  const n = new Notification({ title: req.title, body: req.body });
  onScreen.add(n);
  n.on('close', () => onScreen.delete(n));
  n.on('click', () => {
    onScreen.delete(n);
    const win = sender.isDestroyed() ? null : BrowserWindow.fromWebContents(sender);
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
    if (req.actionId) sender.send(HOST_CHANNELS.menuAction, req.actionId);
  });
  n.show();
  return true;
}

/** Main needs no permission to notify; only a system without notifications says no. */
export const notificationPermission = (): NotifyPermission =>
  Notification.isSupported() ? 'granted' : 'unsupported';

/** The dock (macOS) or launcher (Unity) badge; Windows has no count on its taskbar icon. */
export function setBadgeCount(count: number): void {
  app.setBadgeCount(count);
}
