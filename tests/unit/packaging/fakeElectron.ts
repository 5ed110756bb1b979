import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Electron 45's fuse wire as shipped, before Cairn's afterPack hook flips it. */
export const STOCK_FUSE_WIRE = [49, 48, 49, 49, 48, 48, 48, 49, 49];

/**
 * An unpacked "Electron" that electron-builder can pack around (`electronDist`): the real
 * binary cannot be downloaded on these machines, so this stands in with the one part of it
 * packaging touches, the fuse wire behind @electron/fuses' sentinel.
 */
export function writeFakeElectronDist(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
  const wire = Buffer.from([1, STOCK_FUSE_WIRE.length, ...STOCK_FUSE_WIRE]);
  writeFileSync(
    join(dir, 'electron'),
    Buffer.concat([Buffer.alloc(256, 0x7f), sentinel, wire, Buffer.alloc(256)]),
    { mode: 0o755 },
  );
  writeFileSync(join(dir, 'LICENSE'), 'stand-in for Electron');
  writeFileSync(join(dir, 'version'), '45.0.0');
  return dir;
}
