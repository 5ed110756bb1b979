import { createContext, useContext } from 'react';

/**
 * True inside a print window (PrintRoot). A chart there keeps its one-sentence summary but
 * leaves out the visually hidden table of its points: the PDF is not tagged, so the table
 * would print nothing and reach no one, and in a 20-page review it was half the page's
 * elements (6,100 of 12,500), laid out and drawn for nothing.
 */
export const PrintingContext = createContext(false);

export const usePrinting = (): boolean => useContext(PrintingContext);
