import { describe, expect, it } from 'vitest';
import { syncStatusLine, type SyncStatusFacts } from '../../../shared/sync/statusLine';

const line = (facts: Partial<SyncStatusFacts>, locale = 'en') =>
  syncStatusLine({ state: 'synced', online: 0, waiting: 0, ...facts }, locale);

describe('syncStatusLine', () => {
  it('says all is synced and how many teammates are online', () => {
    expect(line({ online: 3 })).toBe('Synced · 3 online');
    expect(line({ online: 0 })).toBe('Synced');
  });

  it('counts the changes on their way, in the right plural', () => {
    expect(line({ state: 'sending', waiting: 4 })).toBe('Sending 4 changes…');
    expect(line({ state: 'sending', waiting: 1 })).toBe('Sending 1 change…');
  });

  it('says changes wait here while offline, with the locale’s digits', () => {
    expect(line({ state: 'offline', waiting: 12 })).toBe('Offline — 12 changes waiting');
    expect(line({ state: 'offline', waiting: 1200 }, 'de-DE')).toBe(
      'Offline — 1.200 changes waiting',
    );
    expect(line({ state: 'offline', waiting: 0 })).toBe('Offline — all sent');
  });

  it('says the unit in view is view only when everything is synced', () => {
    expect(line({ viewOnlyFor: 'Sales', online: 2 })).toBe('View only for Sales · 2 online');
    // Being offline matters more than what may be edited.
    expect(line({ state: 'offline', waiting: 2, viewOnlyFor: 'Sales' })).toBe(
      'Offline — 2 changes waiting',
    );
  });

  it('gives the server’s refusal in its own words', () => {
    expect(line({ state: 'refused', message: 'Your invite was revoked.' })).toBe(
      'Your invite was revoked.',
    );
  });

  it('says it is connecting, and what waits meanwhile', () => {
    expect(line({ state: 'connecting' })).toBe('Connecting…');
    expect(line({ state: 'connecting', waiting: 3 })).toBe('Connecting — 3 changes waiting');
  });
});
