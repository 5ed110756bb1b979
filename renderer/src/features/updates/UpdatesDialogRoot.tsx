import { UpdatesDialog } from './UpdatesDialog';
import { useUi } from '../../store/ui';

/** Mounted once by App: shows the Updates dialog while it is open. */
export function UpdatesDialogRoot() {
  const open = useUi((s) => s.updatesOpen);
  return open ? <UpdatesDialog /> : null;
}
