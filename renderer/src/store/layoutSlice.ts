import type { StateCreator } from 'zustand';

/** Below this window width the sidebar starts collapsed and the detail pane becomes a drawer. */
export const WIDE_WINDOW_PX = 1200;

const narrowNow = (): boolean =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(`(max-width: ${WIDE_WINDOW_PX - 0.02}px)`).matches
    : false;

/** The window's layout: how wide it is, and what the person chose for the sidebar. */
export interface LayoutSlice {
  narrowWindow: boolean;
  /** Null until the person toggles the sidebar; until then it follows the window's width. */
  sidebarChoice: 'expanded' | 'collapsed' | null;
  setNarrowWindow(narrow: boolean): void;
  toggleSidebar(): void;
}

export const isSidebarCollapsed = (s: Pick<LayoutSlice, 'narrowWindow' | 'sidebarChoice'>) =>
  s.sidebarChoice === null ? s.narrowWindow : s.sidebarChoice === 'collapsed';

export const createLayoutSlice: StateCreator<LayoutSlice, [], [], LayoutSlice> = (set) => ({
  narrowWindow: narrowNow(),
  sidebarChoice: null,
  setNarrowWindow: (narrowWindow) => set({ narrowWindow }),
  toggleSidebar: () =>
    set((s) => ({ sidebarChoice: isSidebarCollapsed(s) ? 'expanded' : 'collapsed' })),
});
