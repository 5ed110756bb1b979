import type { MenuItemConstructorOptions } from 'electron';
import { MENU } from '../../shared/menu';

/**
 * The native menu, built from the same action ids the renderer registers: a click sends the
 * id to the focused window, which runs the action exactly as the palette or a shortcut would.
 */
export function buildMenuTemplate(
  send: (actionId: string) => void,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const groups: MenuItemConstructorOptions[] = MENU.map((group) => ({
    label: group.label,
    submenu: group.items.map((item): MenuItemConstructorOptions =>
      item === '-'
        ? { type: 'separator' }
        : {
            label: item.label,
            accelerator: item.accelerator,
            // The renderer handles the keys itself (in the browser build too); the menu only shows them.
            registerAccelerator: false,
            click: () => send(item.id),
          },
    ),
  }));
  const appMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'appMenu' }] : [];
  return [
    ...appMenu,
    ...groups,
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'togglefullscreen' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
