import { toIsoDate } from '@shared/domain/cycle';
import { meetingPackMarkdown } from '@shared/report/meetingPackMarkdown';
import { printRouteHash } from '@shared/report/printRoute';
import { readLocale } from '../../../db/commands/settings';
import { host } from '../../../host';
import { useUi } from '../../../store/ui';
import { loadMeetingPack } from './loadMeetingPack';

const fileName = (cycleName: string, ext: string) =>
  `meeting-pack-${
    cycleName
      .trim()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'cycle'
  }.${ext}`;

/** Saves the open cycle's meeting pack as Markdown through the host. */
export async function exportMeetingPackMarkdown(cycleId: string): Promise<void> {
  const locale = await readLocale();
  const pack = await loadMeetingPack(cycleId, toIsoDate(new Date()), locale);
  if (!pack) return useUi.getState().toast('Choose a cycle first');
  const r = await host.saveFile({
    suggestedName: fileName(pack.cycleName, 'md'),
    content: meetingPackMarkdown(pack, locale),
    filters: [{ name: 'Markdown', extensions: ['md'] }],
  });
  if (r.saved) useUi.getState().toast(`Saved the meeting pack${r.path ? ` to ${r.path}` : ''}`);
}

/**
 * Prints the cycle's meeting pack to PDF from its print route, as the review report is: the
 * host draws the pack alone from the data and prints it; the open view stays as it is.
 */
export async function exportMeetingPackPdf(cycleId: string, cycleName: string): Promise<void> {
  const r = await host.printToPdf({
    suggestedName: fileName(cycleName, 'pdf'),
    pageSize: 'A4',
    landscape: false,
    route: printRouteHash({ report: 'pack', cycleId, scopeId: null, pageSize: 'A4' }),
  });
  if (r.saved && r.path) useUi.getState().toast(`Saved the meeting pack to ${r.path}`);
}
