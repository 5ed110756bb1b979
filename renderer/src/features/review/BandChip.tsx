import { BAND_LABELS, type Band } from '@shared/domain/review';
import { formatScore } from '@shared/report/review';

export interface Props {
  score: number | null;
  band: Band | null;
}

/** A score with its band's colour; the band is also spelled out for screen readers and print. */
export function BandChip({ score, band }: Props) {
  return (
    <span
      className={`band band--${band ?? 'none'}`}
      title={band ? BAND_LABELS[band] : 'Not scored'}
    >
      {formatScore(score)}
      <span className="sr-only"> ({band ? BAND_LABELS[band] : 'not scored'})</span>
    </span>
  );
}
