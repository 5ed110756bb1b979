import type { FuseV1Config } from '@electron/fuses';

export function fuseConfig(fuses?: Record<string, boolean>): FuseV1Config;
export default function afterPack(context: {
  packager: { addElectronFuses(context: unknown, fuses: unknown): Promise<unknown> };
}): Promise<void>;
