import { isRecordId } from '../../shared/sync/documentNames';
import type { StorageChoice } from './storage';

/** What `npm run server -- …` was asked to do; the team is in `dataPath` or `postgres`. */
export type ServerCommand =
  | (StorageChoice & {
      kind: 'serve';
      host: string;
      port: number;
      tlsCert: string | null;
      tlsKey: string | null;
      /** Present only with --redis. */
      redis?: string;
    })
  | (StorageChoice & { kind: 'invite'; personId: string; admin: boolean })
  | (StorageChoice & { kind: 'revoke'; personId: string })
  | (StorageChoice & { kind: 'members' })
  | { kind: 'help' };

export const USAGE = `Cairn team server

  npm run server -- --data <file> [--port 1234] [--host 127.0.0.1] [--tls-cert <pem> --tls-key <pem>]
      Serve the team's documents from <file> (SQLite, created when missing).
      --host 0.0.0.0 listens on the LAN; give a certificate and key to serve wss://.
  npm run server -- invite --data <file> --person <person id> [--admin]
      Print a one-time invite code for that person of the org tree (admins edit the org).
  npm run server -- revoke --data <file> --person <person id>
      End that person's membership and disconnect them at once.
  npm run server -- members --data <file>
      List who is invited and who is revoked.

  Scale out: several instances behind one address share one PostgreSQL database and one Redis.
  Give every instance, and invite/revoke/members, --postgres <url> instead of --data:
  npm run server -- --postgres postgres://cairn@db/cairn --redis redis://cache:6379 --port 1234
      --postgres <url>  keep documents, their update log and members in PostgreSQL
      --redis <url>     relay updates and presence between the instances (needs --postgres)`;

const FLAGS: Record<ServerCommand['kind'], readonly string[]> = {
  serve: ['--data', '--postgres', '--redis', '--port', '--host', '--tls-cert', '--tls-key'],
  invite: ['--data', '--postgres', '--person', '--admin'],
  revoke: ['--data', '--postgres', '--person'],
  members: ['--data', '--postgres'],
  help: [],
};
const SWITCHES = new Set(['--admin']);

/** Reads the command line; a string is the message for a mistake (the caller exits with 2). */
export function parseServerArgs(argv: readonly string[]): ServerCommand | string {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const first = argv[0];
  const kind: ServerCommand['kind'] =
    first === 'invite' || first === 'revoke' || first === 'members' ? first : 'serve';
  if (first !== undefined && !first.startsWith('--') && kind === 'serve') {
    return `Unknown command "${first}": use invite, revoke or members, or no command to serve.`;
  }
  const rest = kind === 'serve' ? argv : argv.slice(1);

  const values = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    if (!FLAGS[kind].includes(flag)) {
      const name = kind === 'serve' ? 'serving' : kind;
      return `Unknown option "${flag}" for ${name}; it takes ${FLAGS[kind].join(', ')}.`;
    }
    if (values.has(flag)) return `${flag} is given twice.`;
    if (SWITCHES.has(flag)) {
      values.set(flag, 'yes');
      continue;
    }
    const value = rest[i + 1];
    if (value === undefined || value.startsWith('--')) return `${flag} needs a value.`;
    values.set(flag, value);
    i++;
  }

  const storage = storageChoice(values);
  if (typeof storage === 'string') return storage;

  if (kind === 'members') return { kind, ...storage };
  if (kind === 'invite' || kind === 'revoke') {
    const personId = values.get('--person');
    if (!personId) return '--person <person id> is missing: the org tree id of the person.';
    if (!isRecordId(personId)) {
      return `--person "${personId}" is not a record id (letters, digits, - and _, up to 64).`;
    }
    return kind === 'invite'
      ? { kind, ...storage, personId, admin: values.has('--admin') }
      : { kind, ...storage, personId };
  }

  const portText = values.get('--port') ?? '1234';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    return `--port "${portText}" is not a port number (0 to 65535; 0 picks a free one).`;
  }
  const tlsCert = values.get('--tls-cert') ?? null;
  const tlsKey = values.get('--tls-key') ?? null;
  if ((tlsCert === null) !== (tlsKey === null)) {
    return 'TLS needs both --tls-cert and --tls-key (PEM files).';
  }
  const redis = values.get('--redis');
  if (redis !== undefined) {
    if (!isUrlOf(redis, ['redis:', 'rediss:'])) {
      return `--redis "${redis}" is not a Redis URL (redis://host:6379, or rediss:// for TLS).`;
    }
    if (!('postgres' in storage)) {
      return '--redis needs --postgres: the instances behind one address share one PostgreSQL database.';
    }
  }
  const host = values.get('--host') ?? '127.0.0.1';
  return { kind, ...storage, host, port, tlsCert, tlsKey, ...(redis ? { redis } : {}) };
}

function storageChoice(values: Map<string, string>): StorageChoice | string {
  const dataPath = values.get('--data');
  const postgres = values.get('--postgres');
  if (dataPath && postgres) {
    return 'Give --data or --postgres, not both: the team is kept in one place.';
  }
  if (postgres !== undefined) {
    if (!isUrlOf(postgres, ['postgres:', 'postgresql:'])) {
      return `--postgres "${postgres}" is not a PostgreSQL URL (postgres://user:password@host:5432/database).`;
    }
    return { postgres };
  }
  if (!dataPath) {
    return (
      '--data <file> is missing: the SQLite file that holds the team (created when missing),' +
      ' or --postgres <url>.'
    );
  }
  return { dataPath };
}

function isUrlOf(text: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
