import { useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Cycle, OrgUnit } from '@shared/domain/model';
import { OwnerGroup } from './OwnerGroup';

export interface Group {
  unit: OrgUnit;
  /** Its objectives in the cycle (from the index; the group reads the objectives itself). */
  count: number;
}

export interface Props {
  groups: Group[];
  cycle: Cycle;
  today: Date;
  staleDays: number;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onMove: (id: string, toIndex: number) => void;
}

/**
 * Below this many objectives every group is in the page (find-in-page sees them all); above
 * it only the groups on screen are, so a cycle of thousands opens as fast as a small one.
 */
export const VIRTUALISE_FROM = 150;

const objectiveCount = (groups: readonly Group[]) => groups.reduce((s, g) => s + g.count, 0);

/** A group's height before it is measured: heading, then each card with about three key results. */
const estimate = (g: Group): number => 56 + g.count * (84 + 24 * 3);

/** The owners' groups in org order; long lists render only what the main area shows. */
export function OwnerGroups(props: Props) {
  if (objectiveCount(props.groups) < VIRTUALISE_FROM) {
    return props.groups.map((g) => (
      <OwnerGroup
        key={g.unit.id}
        unit={g.unit}
        count={g.count}
        cycle={props.cycle}
        today={props.today}
        staleDays={props.staleDays}
        selectedId={props.selectedId}
        onOpen={props.onOpen}
        onMove={props.onMove}
      />
    ));
  }
  return <VirtualGroups {...props} />;
}

function VirtualGroups({ groups, cycle, today, staleDays, selectedId, onOpen, onMove }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // The main area scrolls, not this list: find it, and where the list starts inside it.
  useLayoutEffect(() => {
    const list = listRef.current;
    const main = list?.closest<HTMLElement>('.main') ?? null;
    setScroller(main);
    if (list && main) {
      const top = list.getBoundingClientRect().top - main.getBoundingClientRect().top;
      setScrollMargin(top + main.scrollTop);
    }
  }, []);

  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scroller,
    estimateSize: (i) => estimate(groups[i]!),
    getItemKey: (i) => groups[i]!.unit.id,
    overscan: 4,
    scrollMargin,
    // The first pass already draws a window's worth of groups, before the main area is found.
    initialRect: { width: 0, height: window.innerHeight },
  });

  return (
    <div
      ref={listRef}
      className="owner-groups"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const g = groups[item.index]!;
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${item.start - scrollMargin}px)`,
            }}
          >
            <OwnerGroup
              unit={g.unit}
              count={g.count}
              cycle={cycle}
              today={today}
              staleDays={staleDays}
              selectedId={selectedId}
              onOpen={onOpen}
              onMove={onMove}
            />
          </div>
        );
      })}
    </div>
  );
}
