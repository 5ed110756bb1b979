import { healthBand } from '@shared/domain/coach';

export interface Props {
  score: number;
}

/** Plan health 0–100 as a labelled meter, coloured by band. */
export function HealthMeter({ score }: Props) {
  const band = healthBand(score);
  return (
    <div className={`health health--${band}`}>
      <span className="health__label">Plan health</span>
      <meter
        min={0}
        max={100}
        low={50}
        high={80}
        optimum={100}
        value={score}
        aria-label="Plan health"
      />
      <strong className="health__score">{score}/100</strong>
    </div>
  );
}
