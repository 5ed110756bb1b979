import { useEffect, useState } from 'react';
import type { AutoBackupEntry } from '@shared/host';
import { activeBackups } from './workspaceBackups';
import { reportError } from '../../ui/errors';
import { useFormat } from '../settings/useFormat';
import { chooseAutomaticBackup } from './flows';
import { formatBytes } from './storage';
import { useUi } from '../../store/ui';

export interface Props {
  disabled: boolean;
}

/** The automatic backups the host keeps, newest first, each with Restore. */
export function AutoBackupList({ disabled }: Props) {
  const version = useUi((s) => s.backupListVersion);
  const f = useFormat();
  const [list, setList] = useState<AutoBackupEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    activeBackups.listAutoBackups().then((l) => live && setList(l), reportError);
    return () => {
      live = false;
    };
  }, [version]);
  if (!list) return <p className="muted">Loading…</p>;
  if (!list.length)
    return (
      <p className="muted">
        No automatic backups yet: the first one is saved after your next change.
      </p>
    );
  return (
    <table className="backups__table">
      <thead>
        <tr>
          <th scope="col">Saved</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.map((b) => {
          const label = f.dateTime(b.createdAt);
          return (
            <tr key={b.name}>
              <td>
                <time dateTime={b.createdAt}>{label}</time>
              </td>
              <td>{formatBytes(b.bytes)}</td>
              <td className="backups__row-actions">
                <button
                  type="button"
                  disabled={disabled}
                  aria-label={`Restore the backup of ${label}`}
                  onClick={() => void chooseAutomaticBackup(b.name, label).catch(reportError)}
                >
                  Restore
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
