import type { HostingStatus, HostTeamApi } from '@shared/host';

/** Said wherever hosting is offered in the browser build: a page cannot open a port. */
export const HOSTING_UNAVAILABLE =
  'Hosting needs the desktop app — run `npm run server` to host a team from a terminal instead.';

const unavailable: HostingStatus = {
  state: 'unavailable',
  port: 0,
  addresses: [],
  localUrl: null,
  members: 0,
  leftOn: false,
  problem: HOSTING_UNAVAILABLE,
};

/** The browser build's hosting: none, with the reason. */
export const browserHostTeam: HostTeamApi = {
  start: async () => unavailable,
  stop: async () => unavailable,
  status: async () => unavailable,
  invite: async () => {
    throw new Error(HOSTING_UNAVAILABLE);
  },
  onStatus: () => () => {},
};
