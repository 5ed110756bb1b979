import { useState } from 'react';
import { saveAsTemplate } from '../../db/commands/templates';
import { ValidationError } from '../../db/records';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';

export interface Props {
  objectiveId: string;
  title: string;
}

/** "Save as template" on an objective: its title, type and key results become a template of yours. */
export function SaveAsTemplate({ objectiveId, title }: Props) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      await saveAsTemplate(objectiveId, name);
      setNaming(false);
      useUi.getState().toast(`Saved “${name.trim()}” as a template`);
    } catch (err) {
      if (err instanceof ValidationError)
        setError(`Template name ${err.errors.name?.replace(/^Name /, '') ?? err.message}`);
      else reportError(err);
    }
  };
  if (!naming)
    return (
      <button type="button" onClick={() => (setName(title), setNaming(true))}>
        Save as template
      </button>
    );
  return (
    <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void save())} noValidate>
      <label>
        Template name{' '}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={!!error}
          autoFocus
        />
      </label>
      <button type="submit" className="primary">
        Save template
      </button>
      <button type="button" onClick={() => (setNaming(false), setError(null))}>
        Cancel
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
