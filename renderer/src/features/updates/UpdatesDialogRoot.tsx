import { UpdatesDialog } from './UpdatesDialog';
import { useUpdatesDialog } from './store';

/** Mounted once by App: shows the Updates dialog while it is open. */
export function UpdatesDialogRoot() {
  const open = useUpdatesDialog((s) => s.open);
  return open ? <UpdatesDialog /> : null;
}
