import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { HOST_CHANNELS } from '../../shared/host';
import { hostPersonIdSchema, hostStartRequestSchema } from '../../shared/hostSchemas';
import type { HostTeam } from './hostTeam';
import { IpcRefused } from './ipc';
import { isTrustedSender } from './security';

type Schema<T> = {
  safeParse(v: unknown): { success: boolean; data?: T; error?: { issues: { message: string }[] } };
};

/** The hosting channels: sender and every argument checked, as in registerHostIpc. */
export function registerHostTeamIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  hostTeam: Pick<HostTeam, 'start' | 'stop' | 'status' | 'invite'>,
  devServerUrl?: string,
): void {
  const handle = (channel: string, fn: (arg: unknown) => Promise<unknown>) =>
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, arg: unknown) => {
      if (!isTrustedSender(event, devServerUrl))
        throw new IpcRefused('Refused: the request did not come from Cairn');
      return fn(arg);
    });
  const parse = <T>(schema: Schema<T>, v: unknown, what: string): T => {
    const r = schema.safeParse(v);
    if (!r.success)
      throw new IpcRefused(`${what}: ${r.error?.issues[0]?.message ?? 'argument is not valid'}`);
    return r.data as T;
  };
  handle(HOST_CHANNELS.hostTeamStart, (req) =>
    hostTeam.start(parse(hostStartRequestSchema, req, 'hostTeam.start')),
  );
  handle(HOST_CHANNELS.hostTeamStop, () => hostTeam.stop());
  handle(HOST_CHANNELS.hostTeamStatus, () => hostTeam.status());
  handle(HOST_CHANNELS.hostTeamInvite, (personId) =>
    hostTeam.invite(parse(hostPersonIdSchema, personId, 'hostTeam.invite')),
  );
}
