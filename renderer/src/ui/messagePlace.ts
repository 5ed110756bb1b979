/** Where the messages sit: always at the window's left edge, bottom or top. */
export interface MessagePlace {
  left: number;
  width: number;
  bottom?: number;
  top?: number;
  /** How many messages fit in the band beside the dialog: the newest show, the rest wait. */
  fits?: number;
}

export const MESSAGE_MARGIN = 16;
export const MESSAGE_WIDTH = 320;
/** Narrower than this, a message wraps a word a line: better to go above or below the dialog. */
export const MESSAGE_MIN_WIDTH = 200;
/** One message's height with the gap above it: a band lower than this cannot show one. */
export const MESSAGE_MIN_HEIGHT = 52;

/**
 * Places the messages where they never cover an open dialog: bottom left as usual when there
 * is no dialog; beside it when the dialog leaves a wide enough margin on its left (its buttons
 * sit on its right); otherwise in the larger of the bands above and below it. A dialog that
 * fills the window leaves no such band: the messages then lie over its top left corner, where
 * its title is, and never over the actions at its foot. In a band, only as many of the newest
 * messages show as fit; the others come back when the dialog closes.
 */
export function messagePlace(
  dialog: { left: number; top: number; bottom: number } | null,
  viewport: { width: number; height: number },
): MessagePlace {
  const m = MESSAGE_MARGIN;
  const full = Math.min(MESSAGE_WIDTH, viewport.width - 2 * m);
  if (!dialog) return { left: m, bottom: m, width: full };
  const beside = dialog.left - 2 * m;
  if (beside >= MESSAGE_MIN_WIDTH)
    return { left: m, bottom: m, width: Math.min(MESSAGE_WIDTH, beside) };
  const below = viewport.height - dialog.bottom - 2 * m;
  const above = dialog.top - 2 * m;
  const band = Math.max(below, above);
  if (band < MESSAGE_MIN_HEIGHT) return { left: m, top: m, width: full, fits: 1 };
  const fits = Math.floor(band / MESSAGE_MIN_HEIGHT);
  return below >= above
    ? { left: m, bottom: m, width: full, fits }
    : { left: m, top: m, width: full, fits };
}
