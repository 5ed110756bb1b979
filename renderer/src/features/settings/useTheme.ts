import { useEffect, useState } from 'react';
import { resolveTheme, type Theme } from '@shared/domain/settings';

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/** The root element carries the theme the window shows; styles.css colours by it. */
export function applyTheme(theme: Theme, systemDark: boolean): void {
  document.documentElement.dataset.theme = resolveTheme(theme, systemDark);
}

const systemPrefersDark = (): boolean => window.matchMedia?.(SYSTEM_DARK).matches ?? false;

/** Applies the chosen theme, and follows the system's while the choice is "system". */
export function useTheme(theme: Theme): void {
  const [systemDark, setSystemDark] = useState(systemPrefersDark);
  useEffect(() => {
    const mq = window.matchMedia?.(SYSTEM_DARK);
    if (!mq) return;
    const onChange = () => setSystemDark(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  useEffect(() => applyTheme(theme, systemDark), [theme, systemDark]);
}

/** Before the first read of the settings, the window follows the system (no white flash). */
export const applySystemTheme = (): void => applyTheme('system', systemPrefersDark());
