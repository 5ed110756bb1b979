import { describe, expect, it } from 'vitest';
import { provenanceLabel } from '../../../shared/feeds/provenance';

const time = (iso: string) => iso.slice(11, 16);

describe('provenanceLabel', () => {
  it('reads like the history line: file, column, reading, time of the read', () => {
    const source = {
      file: 'sales.csv',
      column: 'MRR',
      reading: 'last' as const,
      readAt: '2026-11-25T09:02:00.000Z',
    };
    expect(provenanceLabel(source, time)).toBe('from sales.csv, column MRR, last row, 09:02');
  });

  it('names a JSON path, which has no reading', () => {
    const source = {
      file: 'kpi.json',
      column: 'data.mrr',
      reading: 'last' as const,
      readAt: '2026-11-25T17:40:00.000Z',
    };
    expect(provenanceLabel(source, time)).toBe('from kpi.json, path data.mrr, 17:40');
  });

  it('marks a check-in by hand on a fed key result, and says nothing of an ordinary one', () => {
    expect(provenanceLabel({ manual: true }, time)).toBe('by hand');
    expect(provenanceLabel(undefined, time)).toBeNull();
  });
});
