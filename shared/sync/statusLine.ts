import { formatCount, formatNumber } from '../format/numbers';
import type { LocaleTag } from '../format/locale';

/**
 * The sidebar's one-line sync status of a team workspace. What matters most comes first: a
 * refusal, then being offline (changes wait here), then changes on their way, then that the
 * unit in view is only viewable, and finally that all is synced and who else is online.
 */
export interface SyncStatusFacts {
  state: 'connecting' | 'synced' | 'sending' | 'offline' | 'refused';
  online: number;
  waiting: number;
  message?: string | undefined;
  /** The name of the unit in view when this member may only read its objectives. */
  viewOnlyFor?: string | null | undefined;
}

export function syncStatusLine(s: SyncStatusFacts, locale: LocaleTag): string {
  const changes = (n: number) => formatCount(n, 'change', locale);
  const online = s.online > 0 ? ` · ${formatNumber(s.online, locale)} online` : '';
  switch (s.state) {
    case 'refused':
      return s.message ?? 'Not syncing: the team server refused this workspace';
    case 'offline':
      return s.waiting > 0 ? `Offline — ${changes(s.waiting)} waiting` : 'Offline — all sent';
    case 'connecting':
      return s.waiting > 0 ? `Connecting — ${changes(s.waiting)} waiting` : 'Connecting…';
    case 'sending':
      return `Sending ${changes(s.waiting)}…`;
    case 'synced':
      return s.viewOnlyFor ? `View only for ${s.viewOnlyFor}${online}` : `Synced${online}`;
  }
}
