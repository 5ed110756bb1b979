import { create } from 'zustand';

/** UI state of the Review view only: which tab, which page size, which dialog. */

export const REVIEW_TABS = ['score', 'calibration', 'report'] as const;
export type ReviewTab = (typeof REVIEW_TABS)[number];
export type PageSize = 'A4' | 'Letter';

interface ReviewUiState {
  tab: ReviewTab;
  pageSize: PageSize;
  closeDialog: 'close' | 'carry' | null;
  setTab(tab: ReviewTab): void;
  setPageSize(size: PageSize): void;
  openCloseDialog(mode: ReviewUiState['closeDialog']): void;
}

export const useReviewUi = create<ReviewUiState>()((set) => ({
  tab: 'score',
  pageSize: 'A4',
  closeDialog: null,
  setTab: (tab) => set({ tab }),
  setPageSize: (pageSize) => set({ pageSize }),
  openCloseDialog: (closeDialog) => set({ closeDialog }),
}));

// The report preview says when it has drawn everything (data, charts, alignment picture), so
// printing never catches it half-rendered.
let readyWaiters: (() => void)[] = [];
let reportReady = false;

export function markReportReady(ready: boolean): void {
  reportReady = ready;
  if (!ready) return;
  const waiters = readyWaiters;
  readyWaiters = [];
  for (const w of waiters) w();
}

/** Resolves once the report preview is on screen and fully drawn. */
export function whenReportReady(timeoutMs = 10_000): Promise<void> {
  if (reportReady) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The report took too long to draw')),
      timeoutMs,
    );
    readyWaiters.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
