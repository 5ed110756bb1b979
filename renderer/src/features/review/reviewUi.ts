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
