import { describe, expect, it } from 'vitest';
import { feedFilesLeft, mayForgetFeedFile } from '../../../shared/feeds/feedFileUse';

describe('feedFilesLeft', () => {
  it('names the files a workspace fed from before and no longer does', () => {
    expect(feedFilesLeft(['/a.csv', '/b.csv', '/c.csv'], ['/b.csv', '/d.csv'])).toEqual([
      '/a.csv',
      '/c.csv',
    ]);
  });

  it('names none when a file only changed hands between two feeds', () => {
    expect(feedFilesLeft(['/a.csv'], ['/a.csv'])).toEqual([]);
  });
});

describe('mayForgetFeedFile', () => {
  it('lets a file go that no workspace on this computer feeds from', () => {
    expect(mayForgetFeedFile('/a.csv', [[], ['/b.csv']])).toBe(true);
  });

  it('keeps a file another workspace still feeds from (a shared workspace copied the link)', () => {
    expect(mayForgetFeedFile('/a.csv', [[], ['/a.csv']])).toBe(false);
  });

  it('keeps every file while a workspace has not said what it feeds from', () => {
    expect(mayForgetFeedFile('/a.csv', [[], undefined])).toBe(false);
  });
});
