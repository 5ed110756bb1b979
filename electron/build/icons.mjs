// Draws every icon size each platform wants from resources/icons/cairn.svg (npm run icons).
// The outputs are committed so packaging needs neither tool; rerun this after editing the SVG.
// Needs rsvg-convert (Debian: librsvg2-bin); png2icons, a devDependency, writes ICO and ICNS.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import png2icons from 'png2icons';

const dir = 'resources/icons';
const svg = join(dir, 'cairn.svg');
// Linux wants hicolor sizes 16–512 (electron-builder reads NxN.png from this folder);
// 1024 is the source for macOS's largest Retina size and for the ICO/ICNS below.
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

for (const s of sizes)
  execFileSync('rsvg-convert', ['-w', `${s}`, '-h', `${s}`, '-o', join(dir, `${s}x${s}.png`), svg]);

const master = readFileSync(join(dir, '1024x1024.png'));
// Windows: one .ico holding 16–256; macOS: one .icns holding 16–1024 (@1x and @2x).
writeFileSync(
  join(dir, 'cairn.ico'),
  png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true),
);
writeFileSync(join(dir, 'cairn.icns'), png2icons.createICNS(master, png2icons.BICUBIC2, 0));
console.log(
  `icons written to ${dir}: ${sizes.map((s) => `${s}x${s}`).join(' ')}, cairn.ico, cairn.icns`,
);
