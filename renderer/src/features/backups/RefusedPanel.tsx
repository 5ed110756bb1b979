import { describeProblem } from '@shared/domain/backup';
import { cancelRestore } from './flows';
import type { Refused } from '../../store/backupsSlice';

export interface Props {
  refused: Refused;
}

/** Why a backup was refused, record by record; the workspace was not touched. */
export function RefusedPanel({ refused }: Props) {
  return (
    <div className="backups__refused" role="alert" aria-labelledby="refused-title">
      <h3 id="refused-title">Cairn cannot restore {refused.source}</h3>
      <p>Nothing was changed. What is wrong with it:</p>
      <ul>
        {refused.problems.map((p, i) => (
          <li key={i}>{describeProblem(p)}</li>
        ))}
      </ul>
      <button type="button" onClick={cancelRestore}>
        Dismiss
      </button>
    </div>
  );
}
