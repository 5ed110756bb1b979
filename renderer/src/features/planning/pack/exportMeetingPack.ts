import { toIsoDate } from '../../../../../shared/domain/cycle';
import { meetingPackMarkdown } from '../../../../../shared/report/meetingPackMarkdown';
import { host } from '../../../host';
import { useUi } from '../../../store/ui';
import { usePlanningUi } from '../planningStore';
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
  const pack = await loadMeetingPack(cycleId, toIsoDate(new Date()));
  if (!pack) return useUi.getState().toast('Choose a cycle first');
  const r = await host.saveFile({
    suggestedName: fileName(pack.cycleName, 'md'),
    content: meetingPackMarkdown(pack),
    filters: [{ name: 'Markdown', extensions: ['md'] }],
  });
  if (r.saved) useUi.getState().toast(`Saved the meeting pack${r.path ? ` to ${r.path}` : ''}`);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Shows the print-styled meeting pack and asks the host to print it to PDF. */
export async function exportMeetingPackPdf(cycleName: string): Promise<void> {
  useUi.getState().setView('planning');
  usePlanningUi.getState().setTab('pack');
  // Let the pack render (two frames: commit, then layout) before the host prints the page.
  await nextFrame();
  await nextFrame();
  const r = await host.printToPdf({
    suggestedName: fileName(cycleName, 'pdf'),
    pageSize: 'A4',
    landscape: false,
  });
  if (r.saved && r.path) useUi.getState().toast(`Saved the meeting pack to ${r.path}`);
}
