import type { GraphNode } from './graphTypes';
import type { PlanState } from './model';
import { PLAN_STATE_LABELS } from './planning';
import { STATUS_LABELS, STATUS_TONES, STATUSES } from './status';
import type { Palette, SvgOptions } from './graphSvg';
import { escapeXml } from './graphSvgText';

/**
 * The top of an exported map: its title, a line with the scope and date, and a legend of what
 * the colours, badges and flags on the cards mean, wrapped to the drawing's width.
 */

/** Planning states that still wait for a decision, and so get a badge on their card. */
export const PLAN_BADGES: Partial<Record<PlanState, string>> = {
  draft: PLAN_STATE_LABELS.draft,
  proposed: PLAN_STATE_LABELS.proposed,
};

const TITLE_H = 40;
const SUBTITLE_H = 20;
const LEGEND_ROW = 22;
/** A legend needs room: a narrow map is drawn on a page at least this wide. */
const MIN_LEGEND_WIDTH = 640;
const CHAR = 6.3;

interface Item {
  width: number;
  svg: (x: number, y: number) => string;
}

function legendItems(
  nodes: readonly Pick<GraphNode, 'status' | 'kind' | 'orphan' | 'broken'>[],
  c: Palette,
): Item[] {
  const present = new Set(nodes.map((n) => n.status));
  const swatch = (colour: string, label: string): Item => ({
    width: 18 + label.length * CHAR + 16,
    svg: (x, y) =>
      `<rect x="${x}" y="${y - 9}" width="12" height="12" rx="3" fill="${colour}"/>` +
      `<text x="${x + 18}" y="${y + 1}" font-size="11.5" fill="${c.text}">${escapeXml(label)}</text>`,
  });
  const frame = (colour: string, label: string): Item => ({
    width: 26 + label.length * CHAR + 16,
    svg: (x, y) =>
      `<rect x="${x}" y="${y - 9}" width="20" height="12" rx="3" fill="none" stroke="${colour}" stroke-width="1.5" stroke-dasharray="4 3"/>` +
      `<text x="${x + 26}" y="${y + 1}" font-size="11.5" fill="${c.text}">${escapeXml(label)}</text>`,
  });
  const pill = (label: string): Item => {
    const w = Math.round(label.length * 6.4 + 14);
    return {
      width: w + 14,
      svg: (x, y) =>
        `<rect x="${x}" y="${y - 11}" width="${w}" height="16" rx="8" fill="${c.panel2}" stroke="${c.accent}"/>` +
        `<text x="${x + w / 2}" y="${y + 1}" font-size="10.5" font-weight="600" text-anchor="middle" fill="${c.accent}">${escapeXml(label)}</text>`,
    };
  };
  const items: Item[] = STATUSES.filter((s) => present.has(s)).map((s) =>
    swatch(c.status[STATUS_TONES[s]], STATUS_LABELS[s]),
  );
  if (nodes.some((n) => n.kind === 'objective' && n.status === null))
    items.push(swatch(c.status.none, 'No key results'));
  for (const label of Object.values(PLAN_BADGES)) items.push(pill(label));
  if (nodes.some((n) => n.orphan)) items.push(frame(c.warn, 'Orphan'));
  if (nodes.some((n) => n.broken)) items.push(frame(c.danger, 'Broken link'));
  return items;
}

export interface Header {
  svg: string;
  /** Height taken above the graph. */
  height: number;
  /** Width of the whole drawing: the graph's, or more when the legend needs it. */
  width: number;
}

export function headerSvg(
  nodes: readonly Pick<GraphNode, 'status' | 'kind' | 'orphan' | 'broken'>[],
  options: Pick<SvgOptions, 'title' | 'subtitle' | 'legend'>,
  c: Palette,
  graphWidth: number,
  pad: number,
): Header {
  const width = options.legend ? Math.max(graphWidth, MIN_LEGEND_WIDTH) : graphWidth;
  const out: string[] = [];
  let y = pad;
  if (options.title) {
    out.push(
      `<text x="${pad}" y="${y + 18}" font-size="18" font-weight="700" fill="${c.text}">${escapeXml(options.title)}</text>`,
    );
    y += options.subtitle ? 26 : TITLE_H;
  }
  if (options.subtitle) {
    out.push(
      `<text x="${pad}" y="${y + 12}" font-size="12.5" fill="${c.muted}">${escapeXml(options.subtitle)}</text>`,
    );
    y += SUBTITLE_H + (options.title ? 8 : 0);
  }
  if (options.legend) {
    const items = legendItems(nodes, c);
    let x = pad;
    let row = y + 14;
    out.push(`<g aria-label="Legend">`);
    for (const item of items) {
      if (x > pad && x + item.width > width - pad) {
        x = pad;
        row += LEGEND_ROW;
      }
      out.push(item.svg(x, row));
      x += item.width;
    }
    out.push('</g>');
    y = row + LEGEND_ROW;
  }
  return { svg: out.join(''), height: y - pad, width };
}
