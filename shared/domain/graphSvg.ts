import { BROKEN_REASON_LABELS, laneId, type AlignmentGraph, type GraphNode } from './graph';
import type { GraphLayout, PositionedNode } from './graphLayout';
import { linkPath } from './graphRoutes';
import { headerSvg, PLAN_BADGES } from './graphSvgHeader';
import { escapeXml, wrapText } from './graphSvgText';
import type { UnitGroup } from './graphTypes';
import { formatPercent } from './progress';
import { STATUS_LABELS, STATUS_TONES, type StatusTone } from './status';

/**
 * The alignment picture as a standalone SVG string: "Export SVG", rasterised for "Export PNG",
 * and embedded in the review report. Pure string building so it runs anywhere; every piece of
 * user text goes through `escapeXml`.
 */

export { escapeXml, wrapText } from './graphSvgText';

export interface SvgOptions {
  theme?: 'light' | 'dark';
  /** Drawn above the graph, e.g. "Q3 2026 — alignment". */
  title?: string;
  /** A line under the title: the scope and the date it was drawn. */
  subtitle?: string;
  /** A key to the status colours, badges and flags drawn (exports; the report has its own). */
  legend?: boolean;
  /** Space around the drawing, in layout units. */
  padding?: number;
  /** Multiplies the width and height attributes; the viewBox stays in layout units. */
  scale?: number;
}

export interface Palette {
  bg: string;
  panel: string;
  panel2: string;
  text: string;
  muted: string;
  border: string;
  edge: string;
  accent: string;
  status: Record<StatusTone | 'none', string>;
  warn: string;
  danger: string;
}

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    bg: '#f7f6f3',
    panel: '#ffffff',
    panel2: '#f0eeea',
    text: '#1f2328',
    muted: '#5f6670',
    border: '#dcd8d0',
    edge: '#9a958c',
    accent: '#2f6f5e',
    status: { good: '#2e7d4f', warn: '#b7791f', bad: '#c0392b', stale: '#8a7f5a', none: '#9a958c' },
    warn: '#b7791f',
    danger: '#b3261e',
  },
  dark: {
    bg: '#16181b',
    panel: '#1f2226',
    panel2: '#272b30',
    text: '#e7e9ec',
    muted: '#a0a7b0',
    border: '#3a3f46',
    edge: '#6b7079',
    accent: '#5fb39b',
    status: { good: '#5cc486', warn: '#e0a84a', bad: '#ef7565', stale: '#bfb38a', none: '#6b7079' },
    warn: '#e0a84a',
    danger: '#ff8a80',
  },
};

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

const r = (n: number): string => String(Math.round(n * 10) / 10);

/** The Draft / Proposed pill, right-aligned at (right, y) on the owner line; returns its width. */
function badgeSvg(n: GraphNode, right: number, y: number, c: Palette): [string, number] {
  const label = n.planState ? PLAN_BADGES[n.planState] : undefined;
  if (!label) return ['', 0];
  const w = Math.round(label.length * 6.4 + 14);
  return [
    `<rect x="${right - w}" y="${y - 12}" width="${w}" height="16" rx="8" fill="${c.panel2}" stroke="${c.accent}"/>` +
      `<text x="${right - w / 2}" y="${y}" font-size="10.5" font-weight="600" text-anchor="middle" fill="${c.accent}">${escapeXml(label)}</text>`,
    w + 6,
  ];
}

function nodeSvg(n: GraphNode, p: PositionedNode, c: Palette): string {
  const statusColour = c.status[n.status ? STATUS_TONES[n.status] : 'none'];
  const stroke = n.broken ? c.danger : n.orphan ? c.warn : c.border;
  const dash = n.orphan || n.broken ? ' stroke-dasharray="6 4"' : '';
  const parts: string[] = [];
  parts.push(
    `<g transform="translate(${r(p.x)} ${r(p.y)})"${p.context ? ' opacity="0.55"' : ''}>`,
    `<title>${escapeXml(n.title)}</title>`,
    `<rect width="${p.width}" height="${p.height}" rx="10" fill="${c.panel}" stroke="${stroke}" stroke-width="${n.orphan || n.broken ? 2 : 1}"${dash}/>`,
    `<rect x="0" y="0" width="6" height="${p.height}" rx="3" fill="${statusColour}"/>`,
  );
  const textX = 16;
  const inner = p.width - textX - 12;
  const kr = n.kind === 'keyResult';
  if (kr) {
    wrapText(n.title, Math.max(8, Math.floor(inner / 6.7)), 2).forEach((line, i) => {
      parts.push(
        `<text x="${textX}" y="${18 + i * 15}" font-size="12" fill="${c.text}">${escapeXml(line)}</text>`,
      );
    });
  } else {
    wrapText(n.title, Math.max(8, Math.floor(inner / 7.7)), 2).forEach((line, i) => {
      parts.push(
        `<text x="${textX}" y="${20 + i * 17}" font-size="13.5" font-weight="600" fill="${c.text}">${escapeXml(line)}</text>`,
      );
    });
    const [badge, badgeW] = badgeSvg(n, p.width - 12, 56, c);
    const ownerLine =
      wrapText(
        `${n.ownerName}${n.ownerKind ? ` · ${n.ownerKind}` : ''}`,
        Math.floor((inner - badgeW) / 6.6),
        1,
      )[0] ?? '';
    parts.push(
      `<text x="${textX}" y="56" font-size="12" fill="${c.muted}">${escapeXml(ownerLine)}</text>`,
      badge,
    );
  }
  const barY = kr ? 42 : 64;
  parts.push(
    `<rect x="${textX}" y="${barY}" width="${inner}" height="7" rx="3.5" fill="${c.panel2}"/>`,
    `<rect x="${textX}" y="${barY}" width="${r(inner * Math.min(1, Math.max(0, n.progress)))}" height="7" rx="3.5" fill="${statusColour}"/>`,
  );
  const facts = [
    formatPercent(n.progress),
    n.status ? STATUS_LABELS[n.status] : 'No key results',
    n.confidence != null ? `${kr ? 'conf.' : 'confidence'} ${n.confidence}/10` : null,
  ].filter(Boolean);
  parts.push(
    `<text x="${textX}" y="${barY + 21}" font-size="${kr ? 10.5 : 11.5}" fill="${c.muted}">${escapeXml(facts.join(' · '))}</text>`,
  );
  if (n.orphan || n.broken) {
    const full = n.broken
      ? `Broken link: ${BROKEN_REASON_LABELS[n.broken]}`
      : 'Orphan: aligned to nothing';
    const [flag = ''] = wrapText(full, Math.floor(inner / 6.4) - (p.hidden > 0 ? 10 : 0), 1);
    parts.push(
      `<text x="${textX}" y="${barY + 38}" font-size="11" font-weight="600" fill="${n.broken ? c.danger : c.warn}">${escapeXml(flag)}</text>`,
    );
  }
  if (p.hidden > 0) {
    parts.push(
      `<text x="${p.width - 12}" y="${p.height - 8}" font-size="11" text-anchor="end" fill="${c.accent}">+${p.hidden} below</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

/** An org unit without objectives: an empty, dashed slot in its row. */
function laneSvg(u: UnitGroup, p: PositionedNode, c: Palette): string {
  const [name = ''] = wrapText(u.name, Math.floor((p.width - 28) / 7.4), 1);
  return [
    `<g transform="translate(${r(p.x)} ${r(p.y)})"${p.context ? ' opacity="0.55"' : ''}>`,
    `<rect width="${p.width}" height="${p.height}" rx="10" fill="none" stroke="${c.edge}" stroke-dasharray="5 5"/>`,
    `<text x="16" y="${p.height / 2 - 6}" font-size="13.5" font-weight="600" fill="${c.text}">${escapeXml(name)}</text>`,
    `<text x="16" y="${p.height / 2 + 14}" font-size="12" fill="${c.muted}">${escapeXml(`${u.kind} · no objectives yet`)}</text>`,
    '</g>',
  ].join('');
}

/** The laid-out graph as an SVG document (UTF-8, no external references). */
export function renderAlignmentSvg(
  graph: Pick<AlignmentGraph, 'nodes' | 'edges'> & { lanes?: readonly UnitGroup[] },
  layout: GraphLayout,
  options: SvgOptions = {},
): string {
  const c = PALETTES[options.theme ?? 'light'];
  const pad = options.padding ?? 24;
  const header = headerSvg(graph.nodes, options, c, layout.width + pad * 2, pad);
  const width = Math.max(1, header.width);
  const height = Math.max(1, layout.height + pad * 2 + header.height);
  const scale = options.scale ?? 1;
  const pos = new Map(layout.nodes.map((p) => [p.id, p]));
  const label = options.title ?? 'Alignment map';
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r(width * scale)}" height="${r(height * scale)}" viewBox="0 0 ${r(width)} ${r(height)}" role="img" aria-label="${escapeXml(label)}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(label)}</title>`,
    `<rect width="100%" height="100%" fill="${c.bg}"/>`,
    header.svg,
    `<g transform="translate(${pad} ${pad + header.height})">`,
    `<g fill="none" stroke-width="1.5">`,
  ];
  for (const e of graph.edges) {
    const from = pos.get(e.source);
    const to = pos.get(e.target);
    if (!from || !to) continue;
    const stroke = e.kind === 'loop' ? c.danger : c.edge;
    const dash =
      e.kind === 'loop'
        ? ' stroke-dasharray="5 4"'
        : e.kind === 'keyResult'
          ? ' stroke-dasharray="2 3"'
          : '';
    out.push(`<path d="${linkPath(from, to, layout, e.kind)}" stroke="${stroke}"${dash}/>`);
  }
  out.push('</g>');
  for (const n of graph.nodes) {
    const p = pos.get(n.id);
    if (p) out.push(nodeSvg(n, p, c));
  }
  for (const u of graph.lanes ?? []) {
    const p = pos.get(laneId(u.id));
    if (p) out.push(laneSvg(u, p, c));
  }
  out.push('</g></svg>');
  return out.join('\n');
}
