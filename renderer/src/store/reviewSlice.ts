import type { StateCreator } from 'zustand';

/** UI state of the Review view only: which tab, which page size, which dialog. */

export const REVIEW_TABS = ['score', 'calibration', 'report'] as const;
export type ReviewTab = (typeof REVIEW_TABS)[number];
export type PageSize = 'A4' | 'Letter';

export interface ReviewSlice {
  reviewTab: ReviewTab;
  reviewPageSize: PageSize;
  reviewCloseDialog: 'close' | 'carry' | null;
  setReviewTab(tab: ReviewTab): void;
  setReviewPageSize(size: PageSize): void;
  openReviewCloseDialog(mode: ReviewSlice['reviewCloseDialog']): void;
}

export const createReviewSlice: StateCreator<ReviewSlice, [], [], ReviewSlice> = (set) => ({
  reviewTab: 'score',
  reviewPageSize: 'A4',
  reviewCloseDialog: null,
  setReviewTab: (reviewTab) => set({ reviewTab }),
  setReviewPageSize: (reviewPageSize) => set({ reviewPageSize }),
  openReviewCloseDialog: (reviewCloseDialog) => set({ reviewCloseDialog }),
});
