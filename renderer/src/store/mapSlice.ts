import type { StateCreator } from 'zustand';
import type { Status } from '@shared/domain/status';

export type StatusFilter = Status | 'none' | null;

/**
 * UI state of the Map view that outlives a visit to another view: filters, folded key
 * results, collapsed subtrees. Never data: the graph is derived from IndexedDB each time. The
 * selected node is the app's one selection (SelectionSlice).
 */
export interface MapSlice {
  /** null: automatic (shown for small cycles, folded for large ones). */
  mapShowKeyResults: boolean | null;
  mapCollapsed: ReadonlySet<string>;
  mapOwnerId: string | null;
  mapStatus: StatusFilter;
  /** The alignment link the map's toolbar acts on. */
  mapSelectedEdgeId: string | null;
  /** Asks the canvas to bring a node into view and focus it. */
  mapFocusRequest: { id: string; seq: number } | null;
  /** Below the zoom floor: org units as groups instead of objectives. */
  mapUnitsView: boolean;
  setMapUnitsView(on: boolean): void;
  setMapShowKeyResults(show: boolean): void;
  toggleMapCollapsed(id: string): void;
  expandMap(ids: readonly string[]): void;
  setMapOwner(id: string | null): void;
  setMapStatus(s: StatusFilter): void;
  selectMapEdge(id: string | null): void;
  requestMapFocus(id: string | null): void;
}

let focusSeq = 0;

export const createMapSlice: StateCreator<MapSlice, [], [], MapSlice> = (set) => ({
  mapShowKeyResults: null,
  mapCollapsed: new Set(),
  mapOwnerId: null,
  mapStatus: null,
  mapSelectedEdgeId: null,
  mapFocusRequest: null,
  mapUnitsView: false,
  setMapUnitsView: (mapUnitsView) => set({ mapUnitsView }),
  setMapShowKeyResults: (mapShowKeyResults) => set({ mapShowKeyResults }),
  toggleMapCollapsed: (id) =>
    set((s) => {
      const next = new Set(s.mapCollapsed);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { mapCollapsed: next };
    }),
  expandMap: (ids) =>
    set((s) => {
      if (!ids.some((id) => s.mapCollapsed.has(id))) return s;
      const next = new Set(s.mapCollapsed);
      for (const id of ids) next.delete(id);
      return { mapCollapsed: next };
    }),
  setMapOwner: (mapOwnerId) => set({ mapOwnerId }),
  setMapStatus: (mapStatus) => set({ mapStatus }),
  selectMapEdge: (mapSelectedEdgeId) => set({ mapSelectedEdgeId }),
  requestMapFocus: (id) => set({ mapFocusRequest: id ? { id, seq: ++focusSeq } : null }),
});
