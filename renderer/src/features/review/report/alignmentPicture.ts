import { buildAlignmentGraph, type AlignmentGraphInput } from '../../../../../shared/domain/graph';
import { layoutAlignmentGraph } from '../../../../../shared/domain/graphLayout';
import { renderAlignmentSvg } from '../../../../../shared/domain/graphSvg';

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
  input: Omit<AlignmentGraphInput, 'showKeyResults'> & { title: string },
): AlignmentImage | null {
  const count = input.objectives.filter((o) => !o.deletedAt).length;
  if (count === 0 || count > MAX_PICTURE_OBJECTIVES) return null;
  const graph = buildAlignmentGraph({ ...input, showKeyResults: false });
  const layout = layoutAlignmentGraph(graph.nodes);
  const svg = renderAlignmentSvg(graph, layout, { theme: 'light', title: input.title });
  const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return {
    src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    width: Number(size?.[1] ?? layout.width),
    height: Number(size?.[2] ?? layout.height),
  };
}
