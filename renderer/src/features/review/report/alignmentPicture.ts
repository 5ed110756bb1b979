import { buildAlignmentGraph, type AlignmentGraphInput } from '@shared/domain/graph';
import { layoutAlignmentGraph } from '@shared/domain/graphLayout';
import { renderAlignmentSvg } from '@shared/domain/graphSvg';

/** Beyond this many objectives the picture is too small to read on paper: the outline stays. */
export const MAX_PICTURE_OBJECTIVES = 60;

export interface AlignmentImage {
  src: string;
  width: number;
  height: number;
}

/**
 * The alignment picture as an image: the SVG string travels as a data: URL in an <img>, which
 * the CSP allows and which can never run script or inject markup into the page.
 */
export function alignmentPicture(
  input: Omit<AlignmentGraphInput, 'showKeyResults'> & {
    title: string;
    /** The objectives in the report's scope; the graph is built over the whole cycle. */
    scope: ReadonlySet<string>;
  },
): AlignmentImage | null {
  if (input.scope.size === 0 || input.scope.size > MAX_PICTURE_OBJECTIVES) return null;
  // Built over the whole cycle so a link to an objective outside the scope is not "broken";
  // then cut to the scope, its top objectives becoming the picture's roots.
  const full = buildAlignmentGraph({ ...input, showKeyResults: false });
  const nodes = full.nodes
    .filter((n) => input.scope.has(n.id))
    .map((n) => (n.parentId && !input.scope.has(n.parentId) ? { ...n, parentId: null } : n));
  const graph = {
    nodes,
    edges: full.edges.filter((e) => input.scope.has(e.source) && input.scope.has(e.target)),
  };
  const layout = layoutAlignmentGraph(graph.nodes);
  const svg = renderAlignmentSvg(graph, layout, { theme: 'light', title: input.title });
  const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return {
    src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    width: Number(size?.[1] ?? layout.width),
    height: Number(size?.[2] ?? layout.height),
  };
}
