import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { syncStatusLine } from '@shared/sync/statusLine';
import { db } from '../db/schema';
import { useLocale } from '../features/settings/useFormat';
import { useUi } from '../store/ui';
import { useSyncStatus } from '../sync/active';
import { useCanEditUnit } from '../sync/useCanEdit';

export type Props = Record<string, never>;

/**
 * A team workspace's sync in one line under the views: synced and who is online, changes on
 * their way or waiting offline, or that the unit in view is view only. Nothing in a personal
 * workspace. What the server refused or reset is also told once as a message.
 */
export function SyncStatusLine(_: Props) {
  const status = useSyncStatus();
  const locale = useLocale();
  const unitId = useUi((s) => s.orgUnitId);
  const canEditUnit = useCanEditUnit(unitId);
  const unitName = useLiveQuery(
    async () => (unitId ? ((await db.orgUnits.get(unitId))?.name ?? null) : null),
    [unitId],
  );
  const told = useRef(status?.notice?.id ?? 0);
  const notice = status?.notice;
  useEffect(() => {
    if (!notice || notice.id <= told.current) return;
    told.current = notice.id;
    useUi.getState().toast(notice.text, 'error');
  }, [notice]);
  if (!status) return null;
  const text = syncStatusLine(
    { ...status, viewOnlyFor: canEditUnit ? null : (unitName ?? null) },
    locale,
  );
  return (
    <p className={`sync-status sync-status--${status.state} small`} role="status">
      <span className="sync-status__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
