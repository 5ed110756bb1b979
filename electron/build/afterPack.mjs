// electron-builder's afterPack hook: flips Cairn's Electron fuses in the packed binary before
// it is signed. The fuses live in fuses.json so a unit test can read exactly what ships.
import { readFileSync } from 'node:fs';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

const wanted = JSON.parse(readFileSync(new URL('./fuses.json', import.meta.url), 'utf8'));

/**
 * fuses.json (names → on/off) as @electron/fuses' config. An unknown name throws: a typo must
 * fail the build, not ship an Electron with that fuse left at its default.
 * @param {Record<string, boolean>} [fuses]
 */
export function fuseConfig(fuses = wanted) {
  /** @type {Record<string | number, unknown>} */
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: true };
  for (const [name, on] of Object.entries(fuses)) {
    const index = FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)];
    if (typeof index !== 'number') throw new Error(`fuses.json: no Electron fuse named ${name}`);
    if (typeof on !== 'boolean') throw new Error(`fuses.json: ${name} must be true or false`);
    config[index] = on;
  }
  return /** @type {import('@electron/fuses').FuseV1Config} */ (config);
}

/**
 * electron-builder finds the binary for each platform (Cairn.app, Cairn.exe, cairn) and
 * re-signs ad hoc on Apple silicon; we supply the fuses.
 * @param {{ packager: { addElectronFuses(context: unknown, fuses: unknown): Promise<unknown> } }} context
 */
export default async function afterPack(context) {
  await context.packager.addElectronFuses(context, fuseConfig());
}
