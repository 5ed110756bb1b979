import { describe, expect, it } from 'vitest';
import { parseServerArgs } from '../../../electron/server/args';

describe('parseServerArgs', () => {
  it('serves on 127.0.0.1:1234 unless told otherwise', () => {
    expect(parseServerArgs(['--data', 'team.sqlite'])).toEqual({
      kind: 'serve',
      dataPath: 'team.sqlite',
      host: '127.0.0.1',
      port: 1234,
      tlsCert: null,
      tlsKey: null,
    });
  });

  it('reads a LAN host, a port and a certificate with its key', () => {
    expect(
      parseServerArgs([
        '--port',
        '443',
        '--host',
        '0.0.0.0',
        '--data',
        't.sqlite',
        '--tls-cert',
        'c.pem',
        '--tls-key',
        'k.pem',
      ]),
    ).toMatchObject({ host: '0.0.0.0', port: 443, tlsCert: 'c.pem', tlsKey: 'k.pem' });
  });

  it('reads invite, revoke and members', () => {
    expect(parseServerArgs(['invite', '--data', 't', '--person', 'p-1', '--admin'])).toEqual({
      kind: 'invite',
      dataPath: 't',
      personId: 'p-1',
      admin: true,
    });
    expect(parseServerArgs(['invite', '--person', 'p-1', '--data', 't'])).toMatchObject({
      admin: false,
    });
    expect(parseServerArgs(['revoke', '--data', 't', '--person', 'p-1'])).toEqual({
      kind: 'revoke',
      dataPath: 't',
      personId: 'p-1',
    });
    expect(parseServerArgs(['members', '--data', 't'])).toEqual({ kind: 'members', dataPath: 't' });
  });

  it('keeps the team in PostgreSQL and shares it through Redis when given their URLs', () => {
    const pg = 'postgres://cairn:secret@db:5432/cairn';
    expect(parseServerArgs(['--postgres', pg, '--redis', 'redis://cache:6379'])).toEqual({
      kind: 'serve',
      postgres: pg,
      redis: 'redis://cache:6379',
      host: '127.0.0.1',
      port: 1234,
      tlsCert: null,
      tlsKey: null,
    });
    expect(parseServerArgs(['revoke', '--postgres', pg, '--person', 'p-1'])).toEqual({
      kind: 'revoke',
      postgres: pg,
      personId: 'p-1',
    });
    expect(parseServerArgs(['members', '--postgres', pg])).toEqual({
      kind: 'members',
      postgres: pg,
    });
  });

  it('names a wrong --postgres or --redis value', () => {
    const cases: [string[], string][] = [
      [['--postgres', 'db.example:5432'], '--postgres "db.example:5432" is not a PostgreSQL URL'],
      [['--postgres', 'mysql://db/x'], '--postgres "mysql://db/x" is not a PostgreSQL URL'],
      [
        ['--postgres', 'postgres://db/x', '--redis', 'cache:6379'],
        '--redis "cache:6379" is not a Redis URL',
      ],
      [['--data', 't', '--redis', 'redis://cache'], '--redis needs --postgres'],
      [['--data', 't', '--postgres', 'postgres://db/x'], 'Give --data or --postgres, not both'],
      [
        ['invite', '--postgres', 'postgres://db/x', '--person', 'p', '--redis', 'redis://c'],
        'Unknown option "--redis" for invite',
      ],
    ];
    for (const [argv, message] of cases) {
      const result = parseServerArgs(argv);
      expect(typeof result, argv.join(' ')).toBe('string');
      expect(result).toContain(message);
    }
  });

  it('names what is wrong with a bad command line', () => {
    const cases: [string[], string][] = [
      [[], '--data <file> is missing'],
      [['--data', 't', '--port', '99999'], '--port "99999" is not a port number'],
      [['--data', 't', '--port'], '--port needs a value'],
      [['--data', 't', '--tls-cert', 'c.pem'], 'needs both --tls-cert and --tls-key'],
      [['--data', 't', '--verbose'], 'Unknown option "--verbose" for serving'],
      [['--data', 't', '--data', 'u'], '--data is given twice'],
      [['invite', '--data', 't'], '--person <person id> is missing'],
      [['invite', '--data', 't', '--person', 'a/b'], '--person "a/b" is not a record id'],
      [
        ['revoke', '--data', 't', '--person', 'p', '--admin'],
        'Unknown option "--admin" for revoke',
      ],
      [['serve', '--data', 't'], 'Unknown command "serve"'],
    ];
    for (const [argv, message] of cases) {
      const result = parseServerArgs(argv);
      expect(typeof result, argv.join(' ')).toBe('string');
      expect(result).toContain(message);
    }
  });

  it('shows the usage when asked for help', () => {
    expect(parseServerArgs(['invite', '--help'])).toEqual({ kind: 'help' });
  });
});
