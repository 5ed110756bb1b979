import { useId, type ReactNode } from 'react';

export interface Props {
  label: string;
  error?: string;
  hint?: string;
  /** Extra class for the field's box, e.g. to keep a select wide enough for its words. */
  className?: string;
  children: (inputProps: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
}

/** A labelled form field whose error sits next to it and is announced with it. */
export function Field({ label, error, hint, className, children }: Props) {
  const id = useId();
  const msgId = `${id}-msg`;
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
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
