import { ACTIONS } from '@shared/menu';
import { mayWriteOrg, viewOnlyReason } from '@shared/sync/editRights';
import { currentWriteCheck } from '../sync/useCanEdit';
import { useUi } from '../store/ui';
import { registerBlocker, setBlockedNotice } from './registry';

/**
 * The commands that change the org tree or the cycles (the org document): in a team
 * workspace only admins may run them; for anyone else the palette shows them disabled with the
 * reason, and a shortcut or menu click says it. Commands that create goals stay: their dialogs
 * offer only owners the member may write.
 */
const ORG_COMMANDS = [
  ACTIONS.newCycle,
  ACTIONS.advanceCycle,
  ACTIONS.revertCycle,
  ACTIONS.closeCycleCarryOver,
  ACTIONS.loadSample,
];

export function registerViewOnlyBlockers(): void {
  const org = () => (mayWriteOrg(currentWriteCheck()) ? null : viewOnlyReason({ kind: 'org' }));
  for (const command of ORG_COMMANDS) registerBlocker(command.id, org);
  setBlockedNotice((why) => useUi.getState().toast(why, 'error'));
}
