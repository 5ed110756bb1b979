import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useFormat } from '../../settings/useFormat';
import { toIsoDate } from '@shared/domain/cycle';
import type { PrintPageSize } from '@shared/report/printRoute';
import { PrintPageStyle } from '../../print/PrintPageStyle';
import { useToday } from '../../workspace';
import { loadMeetingPack } from './loadMeetingPack';
import { MeetingPackDocument } from './MeetingPackDocument';

export interface Props {
  cycleId: string;
  pageSize: PrintPageSize;
  /** Called once the pack is drawn, to print it. */
  onReady: () => void;
}

/** The meeting pack alone, on paper: read once, drawn, then printed. */
export function PackPrint({ cycleId, pageSize, onReady }: Props) {
  const format = useFormat();
  const today = toIsoDate(useToday());
  const pack = useLiveQuery(
    () => loadMeetingPack(cycleId, today, format.locale),
    [cycleId, today, format.locale],
  );
  useEffect(() => {
    if (pack) onReady();
  }, [pack, onReady]);
  if (pack === undefined) return null;
  if (pack === null) return <p>This cycle no longer exists.</p>;
  return (
    <>
      <PrintPageStyle
        pageSize={pageSize}
        footer={`${pack.title} · ${format.date(pack.preparedOn)}`}
      />
      <MeetingPackDocument pack={pack} />
    </>
  );
}
