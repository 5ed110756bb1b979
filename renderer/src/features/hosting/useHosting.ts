import { useCallback, useEffect, useState } from 'react';
import type { HostingStatus, HostStartRequest } from '@shared/host';
import { host } from '../../host';
import { reportError } from '../../ui/errors';

export interface Hosting {
  status: HostingStatus | null;
  busy: boolean;
  start(req?: HostStartRequest): Promise<void>;
  stop(): Promise<void>;
}

/** The hosted team server's status, kept current by main's pushes (a crash included). */
export function useHosting(hostTeam = host.hostTeam): Hosting {
  const [status, setStatus] = useState<HostingStatus | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    hostTeam.status().then((s) => live && setStatus(s), reportError);
    const off = hostTeam.onStatus((s) => live && setStatus(s));
    return () => {
      live = false;
      off();
    };
  }, [hostTeam]);
  const run = useCallback(async (work: () => Promise<HostingStatus>) => {
    setBusy(true);
    try {
      setStatus(await work());
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
    }
  }, []);
  return {
    status,
    busy,
    start: (req = {}) => run(() => hostTeam.start(req)),
    stop: () => run(() => hostTeam.stop()),
  };
}
