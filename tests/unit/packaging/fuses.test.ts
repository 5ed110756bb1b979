/** The Electron fuses Cairn's packaging step sets (electron/build/fuses.json + afterPack.mjs). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import fuses from '../../../electron/build/fuses.json';
import afterPack, { fuseConfig } from '../../../electron/build/afterPack.mjs';
import { STOCK_FUSE_WIRE, writeFakeElectronDist } from './fakeElectron';

const config = fuseConfig() as unknown as Record<number, boolean | undefined>;

describe('Electron fuses', () => {
  it.each([
    ['RunAsNode', false, 'the binary cannot be run as plain Node (ELECTRON_RUN_AS_NODE)'],
    ['EnableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS is ignored'],
    ['EnableNodeCliInspectArguments', false, '--inspect and friends are ignored'],
    ['EnableCookieEncryption', true, 'cookies are encrypted at rest'],
    ['EnableEmbeddedAsarIntegrityValidation', true, 'a tampered app.asar refuses to load'],
    ['OnlyLoadAppFromAsar', true, 'the app loads only from app.asar'],
    ['GrantFileProtocolExtraPrivileges', false, 'file:// gets no extra privileges'],
  ] as const)('sets %s to %s: %s', (name, on, _why) => {
    expect(fuses[name]).toBe(on);
    expect(config[FuseV1Options[name]]).toBe(on);
  });

  it('refuses a fuse name Electron does not have, so a typo fails the build', () => {
    expect(() => fuseConfig({ RunAsNod: false })).toThrow(/no Electron fuse named RunAsNod/);
  });

  it('the afterPack hook hands the fuses to electron-builder for the packed binary', async () => {
    const calls: unknown[] = [];
    const context = { packager: { addElectronFuses: async (...a: unknown[]) => calls.push(a) } };
    await afterPack(context);
    expect(calls).toEqual([[context, fuseConfig()]]);
  });

  it('flips a binary shipped with the stock wire to the wanted one', async () => {
    const bin = join(writeFakeElectronDist(mkdtempSync(join(tmpdir(), 'cairn-fuse-'))), 'electron');
    expect((await getCurrentFuseWire(bin))[FuseV1Options.RunAsNode]).toBe(STOCK_FUSE_WIRE[0]);
    await flipFuses(bin, fuseConfig());
    const wire = await getCurrentFuseWire(bin);
    for (const [name, on] of Object.entries(fuses))
      expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(
        on ? FuseState.ENABLE : FuseState.DISABLE,
      );
  });
});
