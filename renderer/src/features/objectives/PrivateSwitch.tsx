import type { Objective } from '@shared/domain/model';
import { setObjectivePrivate } from '../../db/commands/objectives';
import { changeWithUndo } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { useIsTeamWorkspace } from '../useTeamWorkspace';

export interface Props {
  objective: Pick<Objective, 'id' | 'title' | 'private'>;
  disabled?: boolean;
}

/**
 * Keeps an objective, with everything under it, on this computer in a team workspace. Not
 * offered in a personal workspace, where nothing leaves the computer anyway.
 */
export function PrivateSwitch({ objective: o, disabled }: Props) {
  const team = useIsTeamWorkspace();
  if (!team) return null;
  const on = o.private === true;
  const toggle = () => {
    const next = !on;
    changeWithUndo({
      run: () => setObjectivePrivate(o.id, next),
      reverse: async () => void (await setObjectivePrivate(o.id, !next)),
      message: next
        ? `“${o.title}” stays on this computer`
        : `“${o.title}” is shared with the team again`,
      label: next ? `Undo keeping “${o.title}” private` : `Undo sharing “${o.title}”`,
      undone: next
        ? `“${o.title}” is shared with the team again`
        : `“${o.title}” stays on this computer again`,
    }).catch(reportError);
  };
  return (
    <label className="private-switch">
      <input type="checkbox" role="switch" checked={on} disabled={disabled} onChange={toggle} />
      <span>
        Private — stays on this computer
        <span className="muted small private-switch__hint">
          {on
            ? 'Your teammates do not see it or its key results and check-ins.'
            : 'Your teammates see it; switch on to keep it to yourself.'}
        </span>
      </span>
    </label>
  );
}
