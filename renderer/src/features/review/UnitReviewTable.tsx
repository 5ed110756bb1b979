import { describeReviewMark, type UnitReview } from '@shared/domain/cycleClose';
import { nounFor } from '@shared/format';
import { useFormat } from '../settings/useFormat';

export interface Props {
  units: readonly UnitReview[];
  nameOf: (id: string) => string | undefined;
}

/**
 * Every unit that owns objectives in the cycle: reviewed or not (by whom, when), its
 * committed objectives without a postmortem and its key results nobody scored.
 */
export function UnitReviewTable({ units, nameOf }: Props) {
  const unscored = units.flatMap((u) => u.unscored.map((k) => ({ ...k, unit: u.name })));
  const { locale, count } = useFormat();
  return (
    <>
      <table className="unit-reviews">
        <caption>Reviews by unit</caption>
        <thead>
          <tr>
            <th scope="col">Unit</th>
            <th scope="col" className="num">
              Objectives
            </th>
            <th scope="col">Review</th>
            <th scope="col">Committed without a postmortem</th>
            <th scope="col" className="num">
              Unscored key results
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.unitId}>
              <th scope="row" style={{ paddingLeft: `${0.4 + u.depth * 0.9}rem` }}>
                {u.name}
              </th>
              <td className="num">{u.objectives}</td>
              <td className={u.reviewed ? 'unit-reviews__done' : 'unit-reviews__waiting'}>
                {u.reviewed ? describeReviewMark(u.reviewed, nameOf, locale) : 'Not reviewed'}
              </td>
              <td>
                {u.postmortemsMissing.length ? (
                  <ul className="unit-reviews__list">
                    {u.postmortemsMissing.map((o) => (
                      <li key={o.id}>{o.title}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">None</span>
                )}
              </td>
              <td className="num">{u.unscored.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unscored.length ? (
        <details className="unit-reviews__unscored">
          <summary>
            {count(unscored.length, 'key result')} without a score: closing keeps{' '}
            {nounFor(unscored.length, { one: 'its', other: 'their' })} proposed score
          </summary>
          <ul>
            {unscored.map((k) => (
              <li key={k.id}>
                {k.title} <span className="muted small">· {k.unit}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
