import type { AlignmentGraph, UnitGroup } from '@shared/domain/graph';
import type { GraphLayout } from '@shared/domain/graphLayout';
import { renderAlignmentSvg } from '@shared/domain/graphSvg';
import { host } from '../../host';
import { useUi } from '../../store/ui';

/** Chromium refuses canvases beyond ~16k pixels a side or ~268M pixels; stay well inside. */
const MAX_SIDE = 16_000;
const MAX_AREA = 64_000_000;

// The window's theme as Settings resolved it (the system's when the choice is "System").
const theme = (): 'light' | 'dark' =>
  document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'cycle';

/** What an export draws: the objectives as laid out (whatever the view shows), and its heading. */
export interface MapPicture {
  graph: AlignmentGraph;
  layout: GraphLayout;
  lanes: readonly UnitGroup[];
  cycleName: string;
  /** What part of the map: "Everyone", a unit, an owner or a status. */
  scope: string;
  /** The day it shows, already in words. */
  date: string;
}

export function mapSvg(p: MapPicture, scale = 1): string {
  return renderAlignmentSvg({ ...p.graph, lanes: p.lanes }, p.layout, {
    theme: theme(),
    title: `${p.cycleName} — alignment`,
    subtitle: `${p.scope} · ${p.date}`,
    legend: true,
    scale,
  });
}

/** Draws an SVG into a canvas through an <img> from a Blob URL and returns PNG bytes. */
export async function rasterise(svg: string, width: number, height: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the map picture could not be drawn'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width));
    canvas.height = Math.max(1, Math.round(height));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas to draw the map on');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))),
        'image/png',
      ),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportSvg(p: MapPicture): Promise<void> {
  const res = await host.saveFile({
    suggestedName: `alignment-${slug(p.cycleName)}.svg`,
    content: mapSvg(p),
    filters: [{ name: 'SVG image', extensions: ['svg'] }],
  });
  if (res.saved) useUi.getState().toast('Map saved as SVG');
}

/** PNG at twice the size for sharp text, scaled down when the map is too big for a canvas. */
export async function exportPng(p: MapPicture): Promise<void> {
  const base = mapSvg(p);
  const w = Number(/width="([\d.]+)"/.exec(base)?.[1] ?? 1);
  const h = Number(/height="([\d.]+)"/.exec(base)?.[1] ?? 1);
  const scale = Math.min(2, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_AREA / (w * h)));
  const bytes = await rasterise(mapSvg(p, scale), w * scale, h * scale);
  const res = await host.saveFile({
    suggestedName: `alignment-${slug(p.cycleName)}.png`,
    content: bytes,
    filters: [{ name: 'PNG image', extensions: ['png'] }],
  });
  if (!res.saved) return;
  useUi
    .getState()
    .toast(
      scale < 1
        ? `Map saved as PNG, scaled to ${Math.round(scale * 100)} % to fit an image; SVG keeps every detail`
        : 'Map saved as PNG',
    );
}
