import { formatScore, type OutlineRow } from '@shared/report/review';
import type { AlignmentImage } from './alignmentPicture';

export interface Props {
  rows: readonly OutlineRow[];
  image: AlignmentImage | null;
}

/**
 * A tall, narrow tree sits beside its outline; a wide one (many objectives side by side) takes
 * the page's width above it, so its text stays readable.
 */
const layout = (image: AlignmentImage | null): string =>
  !image
    ? ''
    : image.width > image.height
      ? ' report-alignment--wide'
      : ' report-alignment--pictured';

/** The alignment picture (an SVG image) when it fits on paper, and the outline of the tree. */
export function ReportAlignment({ rows, image }: Props) {
  return (
    <section className="report-section" aria-labelledby="report-alignment">
      <h2 id="report-alignment">Alignment</h2>
      <div className={`report-alignment${layout(image)}`}>
        {image ? (
          <img
            className="report-alignment__picture"
            src={image.src}
            width={image.width}
            height={image.height}
            alt={`Alignment picture of ${rows.length} objectives; the outline below lists them.`}
          />
        ) : null}
        {rows.length === 0 ? (
          <p className="muted">No objectives in scope.</p>
        ) : (
          <ul
            className={`report-outline${image ? ' report-outline--compact' : ''}`}
            aria-label="Alignment outline"
          >
            {rows.map((r) => (
              <li
                key={r.objectiveId}
                style={{ paddingLeft: `${r.depth * 1.4}rem` }}
                className="report-keep"
              >
                {r.depth ? <span aria-hidden="true">↳ </span> : null}
                <span>{r.title}</span> <span className="muted">· {r.ownerName} ·</span>{' '}
                <span className={`band band--${r.band ?? 'none'}`}>{formatScore(r.score)}</span>
                {r.supports ? <span className="muted"> (supports {r.supports})</span> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
