import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '@shared/domain/cycle';
import { useToday } from '../../workspace';
import { reportError } from '../../../ui/errors';
import { useLocale } from '../../settings/useFormat';
import { exportMeetingPackMarkdown, exportMeetingPackPdf } from './exportMeetingPack';
import { loadMeetingPack } from './loadMeetingPack';
import { MeetingPackDocument } from './MeetingPackDocument';

export interface Props {
  cycleId: string;
}

/** The meeting pack as a page, with its exports; the PDF prints the same document. */
export function MeetingPackView({ cycleId }: Props) {
  const today = toIsoDate(useToday());
  const locale = useLocale();
  const pack = useLiveQuery(
    () => loadMeetingPack(cycleId, today, locale),
    [cycleId, today, locale],
  );
  if (!pack) return null;
  return (
    <div className="pack-page">
      <div className="pack__tools no-print" role="toolbar" aria-label="Export the meeting pack">
        <button
          type="button"
          onClick={() => void exportMeetingPackMarkdown(cycleId).catch(reportError)}
        >
          Export Markdown
        </button>
        <button
          type="button"
          onClick={() => void exportMeetingPackPdf(cycleId, pack.cycleName).catch(reportError)}
        >
          Export PDF
        </button>
      </div>
      <MeetingPackDocument pack={pack} />
    </div>
  );
}
