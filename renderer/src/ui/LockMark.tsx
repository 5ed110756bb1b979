export interface Props {
  /** What the lock means, read by screen readers and shown as a tooltip. */
  label?: string;
}

/** A small padlock beside a title: this one stays on this computer. */
export function LockMark({ label = 'Private — stays on this computer' }: Props) {
  return (
    <span className="lock-mark" title={label} role="img" aria-label={label}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path
          d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2M3.5 7h9v6.5h-9z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
    </span>
  );
}
