export interface Props {
  ownerName: string;
}

/**
 * Says, on a team objective this person may only read, why there is nothing to edit: the
 * team server lets the owner, and the leads above them, change it.
 */
export function ViewOnlyBanner({ ownerName }: Props) {
  return (
    <p className="closed-banner" role="note" aria-label="View only">
      <strong>View only.</strong> {ownerName} and the leads above them change these goals; you can
      follow them here.
    </p>
  );
}
