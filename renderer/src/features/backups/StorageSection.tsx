import { useEffect, useState } from 'react';
import { formatBytes, requestPersistentStorage, storageInfo, type StorageInfo } from './storage';

/** Space used, and whether the browser has promised not to evict the data. */
export function StorageSection() {
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const refresh = () => void storageInfo().then(setInfo);
  useEffect(refresh, []);
  return (
    <section className="backups__card" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      {!info ? (
        <p className="muted">Measuring…</p>
      ) : (
        <>
          <p>
            Cairn uses <strong>{formatBytes(info.usage)}</strong>
            {info.quota ? ` of the ${formatBytes(info.quota)} this computer allows it` : ''}.
          </p>
          {info.persisted === true ? (
            <p className="muted">Storage is persistent: it is not cleared to free space.</p>
          ) : (
            <p className="muted">
              Storage is not marked persistent, so the system could clear it when the disk is nearly
              full. Keep backups.{' '}
              <button
                type="button"
                className="link"
                onClick={() => void requestPersistentStorage().then(refresh)}
              >
                Ask for persistent storage
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
