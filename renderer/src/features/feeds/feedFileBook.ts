import { mayForgetFeedFile } from '@shared/feeds/feedFileUse';
import { activeWorkspace, loadWorkspaces, type ListStore } from '../../workspaces/registry';
import { host } from '../../host';

/**
 * Which files each workspace on this computer feeds from, kept beside the list of workspaces
 * (localStorage: machine-wide, outside every workspace's database), so that one workspace
 * never makes the host forget a file another still reads (shared/feeds/feedFileUse.ts).
 */
export const FEED_FILES_KEY = 'cairn.feedFiles';

type Book = Record<string, string[]>;

export interface FeedFileBook {
  /** The files the open workspace feeds from now (its runner's list). */
  record(refs: readonly string[]): void;
  /** Tells the host to forget the file unless a workspace of this computer feeds from it. */
  forgetIfUnused(ref: string): void;
}

const browserStore = (): ListStore | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

function read(store: ListStore): Book {
  try {
    const raw: unknown = JSON.parse(store.getItem(FEED_FILES_KEY) ?? '{}');
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Book) : {};
  } catch {
    return {};
  }
}

export function feedFileBook(store: ListStore | null = browserStore()): FeedFileBook {
  const ids = () => loadWorkspaces(store).workspaces.map((w) => w.id);
  return {
    record(refs) {
      if (!store) return;
      const book = read(store);
      // Workspaces removed from this computer no longer hold on to their files.
      const next: Book = Object.fromEntries(
        ids().flatMap((id) => (Array.isArray(book[id]) ? [[id, book[id]]] : [])),
      );
      next[activeWorkspace(store).id] = [...refs];
      store.setItem(FEED_FILES_KEY, JSON.stringify(next));
    },
    forgetIfUnused(ref) {
      // Without storage nothing can be known of the other workspaces: keep the file.
      if (!store) return;
      const book = read(store);
      const lists = ids().map((id) => (Array.isArray(book[id]) ? book[id] : undefined));
      if (mayForgetFeedFile(ref, lists)) void host.forgetFeedFile(ref).catch(() => undefined);
    },
  };
}
