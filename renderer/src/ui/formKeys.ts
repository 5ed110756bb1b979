/**
 * Keys that submit, the same in every form and dialog:
 * - Ctrl/Cmd+Enter submits the form that has focus (from a textarea too), or, in a dialog
 *   without a form, presses its primary button;
 * - Enter on a select submits its form, as Enter in a text field already does.
 * A disabled primary button blocks both, as it blocks a click. A control that uses these keys
 * itself (the check-in session) calls preventDefault and is left alone.
 */
export function submitKey(e: KeyboardEvent): void {
  if (e.key !== 'Enter' || e.defaultPrevented || e.isComposing || e.altKey || e.shiftKey) return;
  const target = e.target instanceof HTMLElement ? e.target : null;
  if (!target) return;
  const mod = e.ctrlKey || e.metaKey;
  const onSelect = target instanceof HTMLSelectElement && !mod;
  if (!mod && !onSelect) return;
  const form = target.closest('form');
  if (form) {
    const submitter = form.querySelector<HTMLButtonElement>(
      'button[type="submit"], button:not([type])',
    );
    e.preventDefault();
    if (!submitter?.disabled) form.requestSubmit();
    return;
  }
  if (!mod) return;
  const primary = target
    .closest('dialog')
    ?.querySelector<HTMLButtonElement>('.dialog__actions button.primary');
  if (!primary) return;
  e.preventDefault();
  if (!primary.disabled) primary.click();
}

/** Listens on the window for as long as the app runs. */
export function installFormKeys(): void {
  window.addEventListener('keydown', submitKey);
}
