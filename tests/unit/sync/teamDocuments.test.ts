import { describe, expect, it } from 'vitest';
import { teamDocumentNames } from '../../../shared/sync/teamDocuments';

describe('teamDocumentNames', () => {
  it('keeps the org tree, each cycle’s planning, each unit’s goals per cycle and each unit’s KPIs in sync', () => {
    const units = [{ id: 'acme' }, { id: 'sales' }, { id: 'gone', deletedAt: '2026-10-01' }];
    const cycles = [{ id: 'q4' }, { id: 'old', deletedAt: '2026-09-01' }];
    expect(teamDocumentNames(units, cycles)).toEqual(
      ['org', 'planning/q4', 'unit/acme/q4', 'unit/sales/q4', 'kpis/acme', 'kpis/sales'].sort(),
    );
  });
});
