import { format, parseISO } from 'date-fns';

/** A yyyy-mm-dd day as a person reads it in a sentence: "31 December 2026". */
export const readableDate = (iso: string): string => format(parseISO(iso), 'd MMMM yyyy');
