import type { Template } from '@shared/domain/model';
import { describeKeyResult } from '@shared/report/meetingPack';

export interface Props {
  template: Template;
  onUse: (t: Template) => void;
  onDelete?: (t: Template) => void;
}

/** One template: its objective, its key results, and a button to use it. */
export function TemplateCard({ template: t, onUse, onDelete }: Props) {
  return (
    <li className="template-card">
      <div className="template-card__head">
        <strong>{t.name}</strong>
        <span className="muted small">{t.builtIn ? t.category : 'Yours'}</span>
      </div>
      <p>{t.objectiveTitle}</p>
      <ul className="template-card__krs">
        {t.keyResults.map((k, i) => (
          <li key={i}>
            {describeKeyResult({ ...k, id: '', objectiveId: '', rank: i, milestones: [] })}
          </li>
        ))}
      </ul>
      <div className="template-card__actions">
        <button
          type="button"
          className="primary"
          onClick={() => onUse(t)}
          aria-label={`Use the ${t.name} template`}
        >
          Use template
        </button>
        {onDelete ? (
          <button
            type="button"
            className="danger"
            onClick={() => onDelete(t)}
            aria-label={`Delete the ${t.name} template`}
          >
            Delete
          </button>
        ) : null}
      </div>
    </li>
  );
}
