export interface Props {
  cycleName: string;
}

/** Says, where a closed cycle is shown, that nothing in it can change any more. */
export function ClosedBanner({ cycleName }: Props) {
  return (
    <p className="closed-banner" role="note" aria-label="Closed — read-only">
      <strong>Closed — read-only.</strong> {cycleName} is over: its scores are final and nothing in
      it can change.
    </p>
  );
}
