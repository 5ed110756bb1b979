import { describe, expect, it } from 'vitest';
import {
  mergedFieldName,
  mergedRecordName,
  mergedValueText,
} from '../../../shared/sync/mergedText';

describe('mergedFieldName', () => {
  it('reads a stored field as words', () => {
    expect(mergedFieldName('title')).toBe('title');
    expect(mergedFieldName('dueDate')).toBe('due date');
    expect(mergedFieldName('ownerId')).toBe('owner');
  });
});

describe('mergedRecordName', () => {
  it('names the kind of record, and an unknown table as a record', () => {
    expect(mergedRecordName('keyResults')).toBe('Key result');
    expect(mergedRecordName('somethingNew')).toBe('Record');
  });
});

describe('mergedValueText', () => {
  it('shows days and numbers in the person’s locale, never as stored', () => {
    expect(mergedValueText('2026-12-05', 'en-GB')).toBe('5 Dec 2026');
    expect(mergedValueText(1234.5, 'de-DE')).toBe('1.234,5');
  });

  it('says (empty) for a cleared value and yes or no for a switch', () => {
    expect(mergedValueText(null, 'en-GB')).toBe('(empty)');
    expect(mergedValueText('', 'en-GB')).toBe('(empty)');
    expect(mergedValueText(true, 'en-GB')).toBe('yes');
  });

  it('keeps words as they are', () => {
    expect(mergedValueText('Grow revenue', 'en-GB')).toBe('Grow revenue');
  });
});
