import { describe, expect, it } from 'vitest';
import { formatDocumentName, parseDocumentName } from '../../../shared/sync/documentNames';
import { documentAccess, type OrgUnitLink } from '../../../shared/sync/permissions';
import { placeRecord } from '../../../shared/sync/placement';
import { SYNCED_TABLES } from '../../../shared/sync/recordDoc';
import { refuseRemoteRow } from '../../../shared/sync/remoteRows';

// Acme ─ Ops (led by Dana) ─ Sam
const org: OrgUnitLink[] = [
  { id: 'acme', parentId: null },
  { id: 'ops', parentId: 'acme', leadIds: ['dana'] },
  { id: 'sam', parentId: 'ops' },
  { id: 'dana', parentId: 'ops' },
  { id: 'eli', parentId: 'acme' },
];
const person = (personId: string, admin = false) => ({ personId, admin });

const kpi = {
  id: 'k1',
  ownerId: 'ops',
  name: 'Uptime',
  unit: '%',
  direction: 'higher',
  warningAt: 99.5,
  criticalAt: 99,
  healthyLimit: null,
  createdAt: 't',
  updatedAt: 't',
};
const reading = {
  id: 'c1',
  kpiId: 'k1',
  ownerId: 'ops',
  at: '2026-10-05',
  value: 98,
  note: '',
  createdAt: 't',
};

describe('KPI documents', () => {
  it('syncs KPIs and their check-ins with the other workspace tables', () => {
    expect(SYNCED_TABLES).toEqual(expect.arrayContaining(['kpis', 'kpiCheckIns']));
  });

  it('names one document per owner unit, read back as written, and refuses odd names', () => {
    expect(formatDocumentName({ kind: 'kpis', ownerId: 'ops' })).toBe('kpis/ops');
    expect(parseDocumentName('kpis/ops')).toEqual({ kind: 'kpis', ownerId: 'ops' });
    for (const text of ['kpis', 'kpis/', 'kpis/a/b', 'kpis/../x'])
      expect(parseDocumentName(text)).toBeNull();
  });

  it("puts a KPI and its check-ins in their unit's KPI document, whatever the cycle", () => {
    expect(placeRecord('kpis', kpi)).toBe('kpis/ops');
    expect(placeRecord('kpiCheckIns', reading)).toBe('kpis/ops');
    expect(placeRecord('kpis', { ...kpi, ownerId: 'a/b' })).toBeNull();
  });

  it("lets the unit's leads write its KPIs and everyone else read them, like its OKRs", () => {
    expect(documentAccess('kpis/ops', person('dana'), org)).toBe('write');
    expect(documentAccess('kpis/sam', person('dana'), org)).toBe('write');
    expect(documentAccess('kpis/sam', person('sam'), org)).toBe('write');
    expect(documentAccess('kpis/ops', person('sam'), org)).toBe('read');
    expect(documentAccess('kpis/ops', person('eli', true), org)).toBe('read');
  });

  it("refuses a teammate's KPI of another owner, in another document, or of a bad shape", () => {
    expect(refuseRemoteRow('kpis/ops', 'kpis', kpi)).toBeNull();
    expect(refuseRemoteRow('kpis/ops', 'kpiCheckIns', reading)).toBeNull();
    expect(refuseRemoteRow('kpis/eli', 'kpis', kpi)).toMatch(/KPI k1 belongs to another owner/);
    expect(refuseRemoteRow('unit/ops/q4', 'kpis', kpi)).toMatch(/cannot hold KPI k1/);
    expect(refuseRemoteRow('kpis/ops', 'objectives', { id: 'o1', ownerId: 'ops' })).toMatch(
      /cannot hold objective o1/,
    );
    expect(refuseRemoteRow('kpis/ops', 'kpiCheckIns', { ...reading, value: 'high' })).toMatch(
      /KPI check-in c1: Value/,
    );
  });
});
