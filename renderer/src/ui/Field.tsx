import { useId, type ReactNode } from 'react';

export interface Props {
  label: string;
  error?: string;
  hint?: string;
  children: (inputProps: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
}

/** A labelled form field whose error sits next to it and is announced with it. */
export function Field({ label, error, hint, children }: Props) {
  const id = useId();
  const msgId = `${id}-msg`;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': !!error,
        'aria-describedby': error || hint ? msgId : undefined,
      })}
      {error ? (
        <p className="field__error" id={msgId} role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="field__hint" id={msgId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
