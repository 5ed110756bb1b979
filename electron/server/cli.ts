import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { parseServerArgs, USAGE, type ServerCommand } from './args';
import { inviteMember } from './members';
import { readOrgUnits } from './orgUnits';
import { startTeamServer } from './server';
import { describeStorage, openStorage, type StorageChoice, type TeamStorage } from './storage';

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}
/** The store named on the command line cannot be opened (a database down, a wrong URL). */
class StoreUnavailable extends Error {}

const consoleOutput: CliOutput = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

/**
 * `npm run server -- …`: serve a team, or manage its invites. Resolves with the exit code: 2 for
 * a bad command line; serving resolves once SIGINT or SIGTERM has closed the server.
 */
export async function runServerCli(
  argv: readonly string[],
  io: CliOutput = consoleOutput,
): Promise<number> {
  const command = parseServerArgs(argv);
  if (typeof command === 'string') {
    io.err(`${command}\nSee: npm run server -- --help`);
    return 2;
  }
  try {
    return await run(command, io);
  } catch (error) {
    // A database that cannot be reached is the person's to fix: say so, without a stack.
    if (!(error instanceof StoreUnavailable)) throw error;
    io.err(error.message);
    return 1;
  }
}

async function run(command: ServerCommand, io: CliOutput): Promise<number> {
  switch (command.kind) {
    case 'help':
      io.out(USAGE);
      return 0;
    case 'serve':
      return serve(command, io);
    case 'invite':
      return withStore(command, async (store) => {
        const code = await inviteMember(store, command.personId, command.admin);
        io.out(
          `Invited ${command.personId}${command.admin ? ' as an admin' : ''}. Their code, shown only` +
            ` this once (the server keeps a hash):\n\n    ${code}\n\n` +
            `They join with "Join a team": this server's address and the code.`,
        );
        if (!(await knownPerson(store, command.personId))) {
          io.out(
            `Note: ${command.personId} is not in the org tree this server holds yet; they can` +
              ` write their own documents, and leads' rights over them start once the tree has them.`,
          );
        }
        return 0;
      });
    case 'revoke':
      return withStore(command, async (store) => {
        if (!(await store.revokeMember(command.personId))) {
          io.err(`${command.personId} has no active invite on this server.`);
          return 1;
        }
        io.out(`Revoked ${command.personId}; a running server disconnects them now.`);
        return 0;
      });
    case 'members':
      return withStore(command, async (store) => {
        const rows = await store.members();
        if (rows.length === 0) io.out('No members yet.');
        for (const m of rows) {
          const role = m.admin ? 'admin ' : 'member';
          const state = m.revokedAt ? `revoked ${m.revokedAt}` : `invited ${m.invitedAt}`;
          io.out(`${m.personId.padEnd(40)} ${role}  ${state}`);
        }
        return 0;
      });
  }
}

async function serve(
  command: Extract<ServerCommand, { kind: 'serve' }>,
  io: CliOutput,
): Promise<number> {
  let tls: { cert: Buffer; key: Buffer } | undefined;
  try {
    if (command.tlsCert && command.tlsKey) {
      tls = { cert: readFileSync(command.tlsCert), key: readFileSync(command.tlsKey) };
    }
  } catch (error) {
    io.err(`Cannot read the TLS certificate or key: ${(error as Error).message}`);
    return 2;
  }
  let server;
  try {
    server = await startTeamServer({ ...command, ...(tls ? { tls } : {}) });
  } catch (error) {
    io.err(`The team server did not start: ${(error as Error).message}`);
    return 1;
  }
  // One write, so whoever waits for the address line has the whole greeting.
  const lines = [`Cairn team server at ${server.url} (data: ${describeStorage(command)})`];
  if (command.redis) lines.push('Sharing updates with the other instances through Redis.');
  const loopback = ['127.0.0.1', '::1', 'localhost'].includes(command.host);
  if (!loopback && !tls) {
    lines.push(
      'Warning: plain ws:// on the network sends invite codes and plans unencrypted;' +
        ' give --tls-cert and --tls-key to serve wss://.',
    );
  }
  if (!(await withStore(command, async (store) => (await store.members()).length > 0))) {
    const where = 'postgres' in command ? '--postgres <url>' : `--data ${command.dataPath}`;
    lines.push(
      'No members yet. Invite the first one, an admin, with their person id from the org tree:',
      `    npm run server -- invite ${where} --person <person id> --admin`,
    );
  }
  io.out(lines.join('\n'));
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

async function withStore<T>(
  choice: StorageChoice,
  work: (store: TeamStorage) => Promise<T>,
): Promise<T> {
  let store: TeamStorage;
  try {
    store = await openStorage(choice);
  } catch (error) {
    throw new StoreUnavailable(
      `Cannot open the team's store (${describeStorage(choice)}): ${(error as Error).message}`,
    );
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function knownPerson(store: TeamStorage, personId: string): Promise<boolean> {
  const stored = await store.loadDocument('org');
  if (!stored) return false;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored);
  const known = readOrgUnits(doc).some((u) => u.id === personId);
  doc.destroy();
  return known;
}
