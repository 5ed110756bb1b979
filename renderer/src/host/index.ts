import type { HostApi } from '@shared/host';
import { browserHost } from './browserHost';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser. */
    cairnHost?: HostApi;
  }
}

/** The host the renderer talks to: Electron's bridge when present, else the browser's. */
export const host: HostApi =
  typeof window !== 'undefined' && window.cairnHost ? window.cairnHost : browserHost;
