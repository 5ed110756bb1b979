/** package.json's electron-builder config: what `npm run dist` makes and what it puts in. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Target {
  target: string;
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
  build: {
    appId: string;
    productName: string;
    afterPack: string;
    fileAssociations: { ext: string; name: string; mimeType: string }[];
    publish: { provider: string; url: string }[];
    linux: { target: string[]; icon: string };
    win: { target: Target[]; icon: string };
    mac: { target: Target[]; icon: string; hardenedRuntime: boolean };
  };
};
const { build } = pkg;

const pngSize = (file: string): [number, number] => {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};

describe('installers', () => {
  it('are an AppImage and a .deb on Linux, an NSIS installer on Windows, a dmg on macOS', () => {
    expect(build.linux.target).toEqual(['AppImage', 'deb']);
    expect(build.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(build.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(build.mac.hardenedRuntime).toBe(true);
  });

  it('are made by npm run dist, and per platform by dist:linux, dist:win and dist:mac', () => {
    for (const [script, flag] of [
      ['dist', ''],
      ['dist:linux', '--linux'],
      ['dist:win', '--win'],
      ['dist:mac', '--mac'],
    ] as const) {
      expect(pkg.scripts[script]).toMatch(/^electron-vite build && electron-builder /);
      expect(pkg.scripts[script]).toContain(flag);
      expect(pkg.scripts[script]).toContain('--publish never');
    }
  });

  it('name the app Cairn with a reverse-domain app id', () => {
    expect(build.productName).toBe('Cairn');
    expect(build.appId).toMatch(/^[a-z]+(\.[a-z]+){2,}$/);
  });

  it('open Cairn backups (.cairn.json) with Cairn', () => {
    expect(build.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'cairn.json', name: 'Cairn backup' }),
    ]);
  });

  it('run the fuse hook after packing', () => {
    expect(existsSync(build.afterPack)).toBe(true);
    expect(build.afterPack).toBe('./electron/build/afterPack.mjs');
  });

  it('describe a generic update feed, which the app only reads when updates are allowed', () => {
    expect(build.publish.map((p) => p.provider)).toEqual(['generic']);
  });
});

describe('icons', () => {
  it('give Linux a PNG at every hicolor size from 16 to 512', () => {
    for (const s of [16, 24, 32, 48, 64, 128, 256, 512])
      expect(pngSize(join(build.linux.icon, `${s}x${s}.png`))).toEqual([s, s]);
  });

  it('give Windows one .ico holding 16, 24, 32, 48, 64, 128 and 256 pixels', () => {
    const ico = readFileSync(build.win.icon);
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes.sort((a, b) => a - b)).toEqual(
      expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]),
    );
  });

  it('give macOS one .icns holding every size up to 1024 (512@2x)', () => {
    const icns = readFileSync(build.mac.icon);
    expect(icns.subarray(0, 4).toString()).toBe('icns');
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4))
      types.push(icns.subarray(at, at + 4).toString());
    // ic07–ic10: 128, 256, 512, 1024; ic11–ic14: 32, 64, 256, 512 (the @2x sizes)
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12']));
  });
});

describe('the toolchain', () => {
  it('asks for Node 22.12 or later, in package.json and .nvmrc alike', () => {
    expect(pkg.engines.node).toBe('>=22.12.0');
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('22.12');
  });
});
