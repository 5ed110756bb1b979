import { useMemo } from 'react';
import { toIsoDate } from '@shared/domain/cycle';
import { ACTIONS } from '@shared/menu';
import { runAction, shortcutLabel } from '../../actions/registry';
import { useUi } from '../../store/ui';
import { useFormat } from '../settings/useFormat';
import { useCurrentCycle, useMeId, useOrgMap, useToday } from '../workspace';
import { HistoryPanel } from './history/HistoryPanel';
import { MyWeek } from './initiatives/MyWeek';
import { CheckInControls } from './overview/CheckInControls';
import { KrList } from './overview/KrList';
import { ObjectiveHistory } from './overview/ObjectiveHistory';
import { SessionPanel } from './session/SessionPanel';
import { reportError } from '../../ui/errors';
import { useGoalsViewOnlyOf } from '../../sync/useViewOnly';
import { ViewOnlyNote } from '../../ui/ViewOnlyNote';
import {
  useHistories,
  useKeyResultOwnerIds,
  useOwnedKeyResults,
  useStaleDays,
} from './useCheckInData';
import './checkins.css';

/** The weekly loop: check in on every key result you own, see its history, plan the week. */
export function CheckInView() {
  const cycle = useCurrentCycle();
  const today = toIsoDate(useToday());
  const meId = useMeId();
  const orgMap = useOrgMap();
  const chosen = useUi((s) => s.checkInOwnerId);
  const sessionOpen = useUi((s) => s.checkInSessionOpen);
  const selected = useUi((s) => s.selection);
  const asOf = useUi((s) => s.checkInAsOf);
  const f = useFormat();
  const ownerId = chosen ?? meId ?? null;
  const items = useOwnedKeyResults(cycle?.id ?? null, ownerId);
  const ownerIds = useKeyResultOwnerIds(cycle?.id ?? null);
  const ids = useMemo(() => (items ?? []).map((i) => i.kr.id), [items]);
  const histories = useHistories(ids, cycle);
  const staleDays = useStaleDays();
  // The owner's goals may be view only for this member (team workspace): no session, no input.
  const viewOnly = useGoalsViewOnlyOf(ownerId);

  if (!cycle) return <p className="empty">Choose or create a cycle to check in.</p>;
  if (!items || !ownerId || !histories) return null;
  const ownerName = orgMap.get(ownerId)?.name ?? 'This owner';
  const date = asOf ?? today;
  const closed = cycle.state === 'closed';
  const readOnly = closed || !!viewOnly;
  // A private objective never leaves this computer: its key results stay for checking in.
  const sessionItems = viewOnly ? items.filter((i) => i.objective.private) : items;
  const selectedKr =
    selected?.kind === 'keyResult' ? items.find((i) => i.kr.id === selected.id) : undefined;

  if (sessionOpen)
    return (
      <SessionPanel items={sessionItems} cycle={cycle} ownerName={ownerName} viewOnly={viewOnly} />
    );
  return (
    <section className="view checkin-view" aria-labelledby="checkin-title">
      <header className="view__header">
        <h1 id="checkin-title">Check-in</h1>
        <button
          type="button"
          className="checkin-view__calendar"
          onClick={() => runAction(ACTIONS.exportCalendar.id).catch(reportError)}
        >
          Add to calendar (.ics)
        </button>
        <button
          type="button"
          className="primary"
          disabled={closed || sessionItems.length === 0}
          title={viewOnly && sessionItems.length === 0 ? viewOnly : undefined}
          aria-keyshortcuts={ACTIONS.startCheckIn.shortcut}
          onClick={() => useUi.getState().openCheckInSession(true)}
        >
          Start check-in session <kbd>{shortcutLabel(ACTIONS.startCheckIn.shortcut)}</kbd>
        </button>
      </header>
      <CheckInControls
        ownerId={ownerId}
        meId={meId}
        ownerIds={ownerIds ?? []}
        staleDays={staleDays}
        today={today}
        cycleStart={cycle.start}
      />
      {viewOnly && !closed ? <ViewOnlyNote reason={viewOnly} /> : null}
      {asOf ? (
        <p className="asof-note" role="status">
          Showing {cycle.name} as it stood on {f.date(asOf)}, recomputed from the check-in history.
        </p>
      ) : null}
      <div className="checkin-view__body">
        <div className="checkin-view__main">
          {items.length === 0 ? (
            <div className="empty">
              <p>
                {ownerName} holds no key results in {cycle.name}.
              </p>
              <p className="muted">Add key results in Objectives, or choose another owner above.</p>
            </div>
          ) : (
            <KrList
              items={items}
              histories={histories}
              cycle={cycle}
              date={date}
              staleDays={staleDays}
            />
          )}
          <MyWeek items={items} ownerName={ownerName} readOnly={readOnly} />
        </div>
        {selectedKr ? (
          <HistoryPanel
            key={selectedKr.kr.id}
            kr={selectedKr.kr}
            objective={selectedKr.objective}
            cycle={cycle}
            today={today}
            staleDays={staleDays}
          />
        ) : selected?.kind === 'objective' ? (
          <ObjectiveHistory
            key={selected.id}
            objectiveId={selected.id}
            cycle={cycle}
            date={date}
            staleDays={staleDays}
          />
        ) : null}
      </div>
    </section>
  );
}
