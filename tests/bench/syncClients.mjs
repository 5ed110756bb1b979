// One process of the sync bench's simulated clients (forked by sync.mjs): each client is a
// Y.Doc with a HocuspocusProvider on its own `ws` socket, all on one shared document. The
// parent sends 'connect', then 'edit' with the common start time; this process reports, per
// edit seen, the latest arrival among its clients (ms after the write), and how many edits
// each client holds once all have every edit.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const now = () => performance.timeOrigin + performance.now();
const send = (message) => process.connected && process.send(message);

/** @type {{ doc: Y.Doc, provider: HocuspocusProvider, socket: HocuspocusProviderWebsocket, id: string, held: number }[]} */
const clients = [];
/** Clients holding every edit (counted as edits arrive: Y.Map#size walks the whole map). */
let complete = 0;
/** edit id → latest arrival (ms after its write) among this process's other clients */
const latest = new Map();
let expected = 0;
let reported = false;

function connectOne(url, name, token, id) {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    // As the app opens a planning document (renderer/src/sync/docLink.ts): presence lives on
    // the org document only, so a planning document's provider has no awareness to broadcast.
    sessionAwareness: true,
    awareness: null,
  });
  provider.attach();
  const edits = doc.getMap('edits');
  const client = { doc, provider, socket, id, held: 0 };
  edits.observe((event) => {
    const at = now();
    for (const [key, change] of event.changes.keys) {
      if (change.action !== 'add') continue;
      client.held++;
      if (expected > 0 && client.held === expected) complete++;
      const value = edits.get(key);
      if (!value || value.by === id) continue;
      const ms = at - value.at;
      if (ms > (latest.get(key) ?? -Infinity)) latest.set(key, ms);
    }
    if (complete === clients.length) checkConverged();
  });
  clients.push(client);
  return new Promise((resolve, reject) => {
    provider.on('synced', () => resolve(client));
    provider.on('authenticationFailed', ({ reason }) => reject(new Error(reason)));
  });
}

function checkConverged() {
  if (reported || expected === 0 || complete < clients.length) return;
  reported = true;
  // Same content on every client: the sorted entries, compared by the parent across processes.
  const digest = (c) =>
    JSON.stringify([...c.doc.getMap('edits').entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  const digests = new Set(clients.map(digest));
  send({
    kind: 'converged',
    latest: [...latest],
    digests: [...digests],
    sizes: clients.map((c) => c.doc.getMap('edits').size),
  });
}

process.on('message', async (message) => {
  if (message.kind === 'connect') {
    const { url, name, codes, firstIndex } = message;
    // A few at a time: 200 sockets opening at once would measure the handshake, not sync.
    for (let i = 0; i < codes.length; i += 10) {
      await Promise.all(
        codes
          .slice(i, i + 10)
          .map((code, j) => connectOne(url, name, code, `bench-${firstIndex + i + j}`)),
      );
    }
    send({ kind: 'ready' });
  } else if (message.kind === 'edit') {
    const { start, edits, spanMs, total } = message;
    expected = total;
    complete = clients.filter((c) => c.held >= total).length;
    const slot = spanMs / edits;
    for (const client of clients) {
      for (let k = 0; k < edits; k++) {
        // Spread evenly over the span, each at a random moment of its slot.
        const at = start + (k + Math.random()) * slot;
        setTimeout(
          () => client.doc.getMap('edits').set(`${client.id}-${k}`, { at: now(), by: client.id }),
          Math.max(0, at - now()),
        );
      }
    }
    checkConverged();
  } else if (message.kind === 'stop') {
    for (const c of clients) {
      c.provider.destroy();
      c.socket.destroy();
    }
    process.exit(0);
  }
});
