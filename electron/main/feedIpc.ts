import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { HOST_CHANNELS } from '../../shared/host';
import {
  feedFileRefSchema,
  feedFileRefsSchema,
  openFileRequestSchema,
} from '../../shared/hostSchemas';
import type { FeedFiles } from './feedFiles';
import { IpcRefused } from './ipc';
import { isTrustedSender } from './security';

/** The feed-file channels: sender and every argument checked, as in registerHostIpc. */
export function registerFeedIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  files: FeedFiles,
  devServerUrl?: string,
): void {
  const handle = (channel: string, fn: (arg: unknown) => Promise<unknown>) =>
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, arg: unknown) => {
      if (!isTrustedSender(event, devServerUrl))
        throw new IpcRefused('Refused: the request did not come from Cairn');
      return fn(arg);
    });
  const parse = <T>(
    schema: { safeParse(v: unknown): { success: boolean; data?: T } },
    v: unknown,
    what: string,
  ): T => {
    const r = schema.safeParse(v);
    if (!r.success) throw new IpcRefused(`${what}: argument is not valid`);
    return r.data as T;
  };
  handle(HOST_CHANNELS.pickFeedFile, (req) =>
    files.pick(parse(openFileRequestSchema, req, 'pickFeedFile').filters),
  );
  handle(HOST_CHANNELS.readFeedFile, (ref) =>
    files.read(parse(feedFileRefSchema, ref, 'readFeedFile')),
  );
  handle(HOST_CHANNELS.watchFeedFiles, (refs) =>
    files.watch(parse(feedFileRefsSchema, refs, 'watchFeedFiles')),
  );
  handle(HOST_CHANNELS.forgetFeedFile, (ref) =>
    files.forget(parse(feedFileRefSchema, ref, 'forgetFeedFile')),
  );
}
