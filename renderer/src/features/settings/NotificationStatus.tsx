import { useEffect, useState } from 'react';
import type { NotifyPermission } from '@shared/host';
import { host } from '../../host';
import { reportError } from '../../ui/errors';
import './settings.css';

const BANNER = 'the reminder shows as a banner in Cairn instead';

const SAYS: Record<NotifyPermission, string> = {
  granted: 'Reminders come as desktop notifications; a click opens the check-in session.',
  default: `Notifications are off in this browser until you allow them; until then ${BANNER}.`,
  denied:
    `Notifications are off in this browser: permission was refused, by you or by the ` +
    `browser's settings, and a page cannot ask again. ${BANNER[0]!.toUpperCase()}${BANNER.slice(1)}. ` +
    `To get them, allow notifications for this site in the browser's site settings.`,
  unsupported: `This browser cannot show notifications, so ${BANNER}.`,
};

/** Says in Settings how the check-in reminder will reach you, and asks the browser if it may. */
export function NotificationStatus() {
  const [permission, setPermission] = useState<NotifyPermission | null>(null);
  useEffect(() => {
    host.notificationPermission().then(setPermission).catch(reportError);
  }, []);
  if (!permission) return null;
  return (
    <div className="settings__notify">
      <p
        className={`settings__notice${permission === 'granted' ? '' : ' settings__notice--off'}`}
        id="notification-status"
      >
        {SAYS[permission]}
      </p>
      {permission === 'default' ? (
        <button
          type="button"
          aria-describedby="notification-status"
          onClick={() =>
            host.requestNotificationPermission().then(setPermission).catch(reportError)
          }
        >
          Allow notifications
        </button>
      ) : null}
    </div>
  );
}
