export interface Props {
  /** The reason from `viewOnlyReason` ("View only — Sales's goals are edited by its lead"). */
  reason: string;
}

/**
 * Where an input would be, on something this member may only read in a team workspace: says
 * why there is none, instead of leaving a gap.
 */
export function ViewOnlyNote({ reason }: Props) {
  return (
    <p className="closed-banner view-only-note" role="note" aria-label="View only">
      {reason}
    </p>
  );
}
