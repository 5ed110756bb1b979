import { useState } from 'react';
import { Field } from '../../ui/Field';
import { reportError } from '../../ui/errors';
import { chooseImportFile, previewImport } from './flows';

export interface Props {
  disabled: boolean;
}

/** Import OKRs drafted as Markdown or CSV: from a file, or pasted. A preview comes first. */
export function ImportSection({ disabled }: Props) {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'markdown' | 'csv'>('markdown');
  return (
    <section className="backups__card" aria-labelledby="import-title">
      <h2 id="import-title">Import from Markdown or CSV</h2>
      <p className="muted">
        Objectives as headings (<code>### Objective</code>) or list items, key results below them as{' '}
        <code>- Title: 0 → 10 unit</code>. CSV needs a header row:{' '}
        <code>objective, key_result, kind, start, target, unit</code>. You choose the cycle and
        owner and see what will be created before anything is written.
      </p>
      <div className="backups__actions">
        <button
          type="button"
          disabled={disabled}
          onClick={() => void chooseImportFile().catch(reportError)}
        >
          Import from file…
        </button>
      </div>
      <form
        className="backups__paste"
        onSubmit={(e) => {
          e.preventDefault();
          previewImport(text, 'pasted text', format);
        }}
      >
        <Field label="Or paste the text">
          {(p) => (
            <textarea
              {...p}
              rows={6}
              value={text}
              onChange={(e) => setText(e.target.value)}
              spellCheck={false}
            />
          )}
        </Field>
        <div className="backups__actions">
          <fieldset className="backups__format">
            <legend className="sr-only">Format of the pasted text</legend>
            <label>
              <input
                type="radio"
                name="import-format"
                checked={format === 'markdown'}
                onChange={() => setFormat('markdown')}
              />{' '}
              Markdown
            </label>
            <label>
              <input
                type="radio"
                name="import-format"
                checked={format === 'csv'}
                onChange={() => setFormat('csv')}
              />{' '}
              CSV
            </label>
          </fieldset>
          <button type="submit" disabled={disabled || !text.trim()}>
            Preview import
          </button>
        </div>
      </form>
    </section>
  );
}
