import { create } from 'zustand';
import { useUi } from '../../store/ui';
import type { Status } from '@shared/domain/status';

/**
 * UI state of the Map view that outlives a visit to another view: filters, folded key
 * results, collapsed subtrees. Never data: the graph is derived from IndexedDB each time.
 */

export type StatusFilter = Status | 'none' | null;

interface MapUiState {
  /** null: automatic (shown for small cycles, folded for large ones). */
  showKeyResults: boolean | null;
  collapsed: ReadonlySet<string>;
  ownerId: string | null;
  status: StatusFilter;
  /** The node the map's toolbar acts on (clicked, or reached with the arrow keys). */
  selectedId: string | null;
  selectedEdgeId: string | null;
  /** Asks the canvas to bring a node into view and focus it. */
  focusRequest: { id: string; seq: number } | null;
  /** Below the zoom floor: org units as groups instead of objectives. */
  unitsView: boolean;
  setUnitsView(on: boolean): void;
  setShowKeyResults(show: boolean): void;
  toggleCollapsed(id: string): void;
  expand(ids: readonly string[]): void;
  setOwner(id: string | null): void;
  setStatus(s: StatusFilter): void;
  select(id: string | null): void;
  selectEdge(id: string | null): void;
  requestFocus(id: string | null): void;
}

let focusSeq = 0;

export const useMapUi = create<MapUiState>()((set) => ({
  showKeyResults: null,
  collapsed: new Set(),
  ownerId: null,
  status: null,
  selectedId: null,
  selectedEdgeId: null,
  focusRequest: null,
  unitsView: false,
  setUnitsView: (unitsView) => set({ unitsView }),
  setShowKeyResults: (showKeyResults) => set({ showKeyResults }),
  toggleCollapsed: (id) =>
    set((s) => {
      const next = new Set(s.collapsed);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { collapsed: next };
    }),
  expand: (ids) =>
    set((s) => {
      if (!ids.some((id) => s.collapsed.has(id))) return s;
      const next = new Set(s.collapsed);
      for (const id of ids) next.delete(id);
      return { collapsed: next };
    }),
  setOwner: (ownerId) => set({ ownerId }),
  setStatus: (status) => set({ status }),
  select: (selectedId) => set({ selectedId }),
  selectEdge: (selectedEdgeId) => set({ selectedEdgeId }),
  requestFocus: (id) => set({ focusRequest: id ? { id, seq: ++focusSeq } : null }),
}));

/** Brings a node into view and focuses it, unfolding any collapsed node above it first. */
export function focusNode(parentOf: ReadonlyMap<string, string | null>, id: string): void {
  const ancestors: string[] = [];
  let cur = parentOf.get(id) ?? null;
  while (cur && !ancestors.includes(cur)) {
    ancestors.push(cur);
    cur = parentOf.get(cur) ?? null;
  }
  useMapUi.getState().expand(ancestors);
  useMapUi.getState().requestFocus(id);
}

/** Above this many objectives and key results, key results start folded. */
export const AUTO_FOLD_ABOVE = 20;

/** Opens an org unit from the units view: the map filters to it and shows its objectives. */
export function openUnit(id: string): void {
  useUi.getState().setOrgUnit(id);
  useMapUi.getState().setUnitsView(false);
}
