import { useState } from 'react';
import { flattenOrgTree } from '@shared/domain/org';
import { formatScore } from '@shared/report/review';
import { useOrgUnits } from '../../db/queries';
import { Field } from '../../ui/Field';
import { useMeId } from '../workspace';
import { useCalibration } from './useCalibration';
import { TreeOption } from '../../ui/TreeOption';
import { TreeSelect } from '../../ui/TreeSelect';

const share = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 10)} / 10`);

/**
 * Calibration for one owner reading their own history. There is deliberately no view that
 * compares or ranks people by score: the method warns against tying OKRs to appraisal.
 */
export function CalibrationPanel() {
  const me = useMeId();
  const units = useOrgUnits() ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const ownerId = picked ?? me ?? null;
  const calibration = useCalibration(ownerId);
  return (
    <section className="calibration" aria-labelledby="calibration-title">
      <h2 id="calibration-title">Calibration</h2>
      <p className="muted">
        How the confidence given at planning compared with the final score, closed cycle by closed
        cycle. It is for an owner to read their own history; Cairn never ranks people by score.
      </p>
      <Field label="Owner">
        {(p) => (
          <TreeSelect
            {...p}
            value={ownerId ?? ''}
            onChange={(e) => setPicked(e.target.value || null)}
          >
            {flattenOrgTree(units).map(({ unit, depth }) => (
              <TreeOption key={unit.id} value={unit.id} depth={depth}>
                {unit.name}
              </TreeOption>
            ))}
          </TreeSelect>
        )}
      </Field>
      {calibration === undefined ? null : !calibration || calibration.points.length === 0 ? (
        <p className="empty">No closed cycle with key results for this owner yet.</p>
      ) : (
        <>
          <p
            className={`calibration__verdict calibration__verdict--${calibration.verdict}`}
            role="status"
          >
            {calibration.message}
          </p>
          <table className="report-table">
            <caption>Confidence at planning and final score</caption>
            <thead>
              <tr>
                <th scope="col">Cycle</th>
                <th scope="col" className="num">
                  Key results
                </th>
                <th scope="col">Confidence at planning</th>
                <th scope="col">Final score</th>
              </tr>
            </thead>
            <tbody>
              {calibration.points.map((p) => (
                <tr key={p.cycleId}>
                  <th scope="row">{p.name}</th>
                  <td className="num">{p.keyResults}</td>
                  <td>
                    <span
                      className="calibration__bar calibration__bar--confidence"
                      style={{ width: `${(p.confidence ?? 0) * 8}rem` }}
                      aria-hidden="true"
                    />{' '}
                    {share(p.confidence)}
                  </td>
                  <td>
                    <span
                      className="calibration__bar"
                      style={{ width: `${p.score * 8}rem` }}
                      aria-hidden="true"
                    />{' '}
                    {formatScore(p.score)}
                    {p.allFull ? ' (all 1.0)' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
