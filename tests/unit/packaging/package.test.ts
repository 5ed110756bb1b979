/**
 * Packs Cairn for Linux the way `npm run dist:linux` does (electron-vite build, then
 * electron-builder with package.json's `build` config and the afterPack hook), around a
 * stand-in Electron, and reads what would ship: the app archive's file list and the fuses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage, extractFile } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fuses from '../../../electron/build/fuses.json';
import { writeFakeElectronDist } from './fakeElectron';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const work = mkdtempSync(join(tmpdir(), 'cairn-pack-'));
const appDir = join(work, 'dist', 'linux-unpacked');
let files: string[] = [];

function run(args: string[]): void {
  const r = spawnSync('npx', args, { encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

beforeAll(() => {
  run(['electron-vite', 'build', '--logLevel', 'warn']);
  run([
    'electron-builder',
    '--linux',
    'dir',
    '--publish',
    'never',
    `-c.electronDist=${writeFakeElectronDist(join(work, 'electron'))}`,
    `-c.directories.output=${join(work, 'dist')}`,
  ]);
  files = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((f) =>
    f.replace(/\\/g, '/'),
  );
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packaged app', () => {
  it('holds the built main, preload and renderer, and the package.json whose main it starts', () => {
    expect(files).toContain('/out/main/index.js');
    expect(files).toContain('/out/preload/index.cjs');
    expect(files).toContain('/out/renderer/index.html');
    const packed = JSON.parse(
      extractFile(join(appDir, 'resources', 'app.asar'), 'package.json').toString(),
    ) as { main: string };
    expect(files).toContain(`/${packed.main}`);
  });

  it('holds nothing but the build output and production dependencies', () => {
    const stray = files.filter(
      (f) =>
        !/^\/(out\/(main|preload|renderer)(\/|$)|out$|node_modules(\/|$)|package\.json$)/.test(f),
    );
    expect(stray).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(
      files.filter((f) => /^\/(tests|docs|renderer|shared|electron|resources)\//.test(f)),
    ).toEqual([]);
    expect(files.filter((f) => /^\/out\/.*\.tsx?$/.test(f))).toEqual([]);
  });

  it('ships the main process its runtime packages and none of the development tools', () => {
    const topLevel = new Set(
      files.map((f) => /^\/node_modules\/((@[^/]+\/)?[^/]+)/.exec(f)?.[1]).filter(Boolean),
    );
    for (const dep of Object.keys(pkg.dependencies)) expect(topLevel).toContain(dep);
    const devShipped = Object.keys(pkg.devDependencies).filter((d) => topLevel.has(d));
    expect(devShipped).toEqual([]);
  });

  it('lists as dependencies exactly what the built main process imports (the rest is bundled)', () => {
    // Vite bundles the renderer and the preload: a package only they use belongs in
    // devDependencies, or electron-builder ships a second, unused copy of it.
    // Every file of the main build: index.js, the hosted team server's entry and their shared
    // chunks. Relative imports are our own chunks, and Node's built-ins ship with Electron.
    const main = readdirSync('out/main', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join('out/main', f), 'utf8'))
      .join('\n');
    const imported = new Set(
      [
        ...main.matchAll(/(?:from |import\(|require\()"(?!node:|\.)((?:@[^/"]+\/)?[^/"]+)[^"]*"/g),
      ].map((m) => m[1]),
    );
    imported.delete('electron');
    for (const builtin of builtinModules) imported.delete(builtin);
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('has every fuse of electron/build/fuses.json flipped in its binary', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'cairn'));
    for (const [name, on] of Object.entries(fuses)) {
      const index = FuseV1Options[name as keyof typeof FuseV1Options];
      expect(wire[index], name).toBe(on ? FuseState.ENABLE : FuseState.DISABLE);
    }
  });
});
