import { ACTIONS } from '@shared/menu';
import { registerAction } from '../../actions/registry';
import { reportError } from '../../ui/errors';
import { withMap } from './mapController';

/** The Map's actions for the menu, palette and shortcuts; each opens the map if needed. */
export function registerMapActions(): void {
  registerAction(ACTIONS.fitMap, () => withMap((c) => c.fit()));
  registerAction(ACTIONS.exportMapPng, () => withMap((c) => c.exportPng()).catch(reportError));
  registerAction(ACTIONS.exportMapSvg, () => withMap((c) => c.exportSvg()).catch(reportError));
}
