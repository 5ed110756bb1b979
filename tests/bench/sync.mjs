// The team sync load bench: 200 simulated clients (Yjs + HocuspocusProvider over `ws`, in a few
// Node processes) on one shared document of a real team server on 127.0.0.1, each making 20
// edits over a minute. Measures, for each write, the time until every other client has it
// (p95 over all writes), checks that all clients converge, and samples the server's RSS.
// Alone: `node tests/bench/sync.mjs [--clients 200] [--edits 20] [--seconds 60] [--processes 4]`
// (prints the figures); in `npm run bench` it is the measure `sync` (`--only sync`).
import { execFileSync, fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const SERVER = ['--disable-warning=ExperimentalWarning', '--import', 'tsx'];

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** CPU seconds the process has used (user + system): a figure the shared machine's load does not inflate. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function startServer(dataPath) {
  const child = spawn(
    process.execPath,
    [...SERVER, 'electron/server/main.ts', '--port', '0', '--data', dataPath],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /at (wss?:\/\/\S+)/.exec(line);
      if (match) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`the team server exited (${code})`)));
  });
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

export async function runSyncLoad({
  clients = 200,
  edits = 20,
  seconds = 60,
  processes = 4,
  log = console.log,
} = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-sync-bench-'));
  const dataPath = join(dir, 'team.sqlite');
  const workers = [];
  let server = null;
  try {
    const codes = JSON.parse(
      execFileSync(process.execPath, [
        ...SERVER,
        'tests/bench/syncInvites.ts',
        dataPath,
        String(clients),
      ]).toString(),
    );
    server = await startServer(dataPath);
    const pid = server.child.pid;
    const idle = rssMiB(pid);
    log(
      `server at ${server.url}, RSS ${idle.rss.toFixed(0)} MiB idle; connecting ${clients} clients`,
    );

    const per = Math.ceil(clients / processes);
    const name = 'planning/bench';
    for (let p = 0; p * per < clients; p++) {
      const worker = fork('tests/bench/syncClients.mjs', [], {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const inbox = [];
      const waiters = [];
      worker.on('message', (m) => (waiters.length ? waiters.shift()(m) : inbox.push(m)));
      worker.next = () =>
        inbox.length ? Promise.resolve(inbox.shift()) : new Promise((r) => waiters.push(r));
      workers.push(worker);
      worker.send({
        kind: 'connect',
        url: server.url,
        name,
        codes: codes.slice(p * per, (p + 1) * per),
        firstIndex: p * per,
      });
    }
    await Promise.all(
      workers.map(async (w) => {
        const m = await w.next();
        if (m.kind !== 'ready') throw new Error('a client process did not connect');
      }),
    );
    const connected = rssMiB(pid);
    log(
      `all connected (server RSS ${connected.rss.toFixed(0)} MiB); ${clients} × ${edits} edits over ${seconds} s`,
    );

    const total = clients * edits;
    const cpuBefore = cpuSeconds(pid);
    const clientCpu = () => workers.reduce((sum, w) => sum + cpuSeconds(w.pid), 0);
    const clientCpuBefore = clientCpu();
    const start = performance.timeOrigin + performance.now() + 1000;
    for (const w of workers) w.send({ kind: 'edit', start, edits, spanMs: seconds * 1000, total });
    const samples = [];
    const sampler = setInterval(() => samples.push(rssMiB(pid).rss), 1000);
    const results = await Promise.race([
      Promise.all(workers.map((w) => w.next())),
      new Promise((_, reject) =>
        setTimeout(
          () =>
            reject(
              new Error('the clients did not converge within two minutes after the last edit'),
            ),
          (seconds + 120) * 1000,
        ),
      ),
    ]);
    clearInterval(sampler);
    const convergedAt = performance.timeOrigin + performance.now();
    const end = rssMiB(pid);
    const serverCpuSeconds = cpuSeconds(pid) - cpuBefore;
    const clientCpuSeconds = clientCpu() - clientCpuBefore;

    const latest = new Map();
    for (const r of results)
      for (const [id, ms] of r.latest) latest.set(id, Math.max(ms, latest.get(id) ?? -Infinity));
    const digests = new Set(results.flatMap((r) => r.digests));
    const sizes = results.flatMap((r) => r.sizes);
    const converged =
      digests.size === 1 && sizes.length === clients && sizes.every((s) => s === total);
    const delays = [...latest.values()].sort((a, b) => a - b);
    return {
      clients,
      edits: total,
      converged,
      writesSeen: latest.size,
      p50: percentile(delays, 0.5),
      p95: percentile(delays, 0.95),
      max: delays.at(-1),
      convergedSecondsAfterStart: (convergedAt - start) / 1000,
      serverCpuSeconds,
      clientCpuSeconds,
      processes: workers.length,
      serverRss: {
        idle: idle.rss,
        connected: connected.rss,
        peak: Math.max(end.peak, ...samples),
        end: end.rss,
      },
    };
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    server?.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

const describe = (r) =>
  `${r.clients} clients, ${r.edits} writes: ${r.converged ? 'all converged' : 'NOT CONVERGED'}; ` +
  `write → every other client p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, max ${r.max.toFixed(0)} ms; ` +
  `server RSS ${r.serverRss.idle.toFixed(0)} MiB idle, ${r.serverRss.connected.toFixed(0)} MiB connected, ` +
  `peak ${r.serverRss.peak.toFixed(0)} MiB; server CPU ${r.serverCpuSeconds.toFixed(1)} s ` +
  `for the edits, the ${r.processes} client processes ${r.clientCpuSeconds.toFixed(1)} s ` +
  `(converged ${r.convergedSecondsAfterStart.toFixed(0)} s after the first edit)`;

/** The measure `sync` of `npm run bench`. */
export default {
  id: 'sync',
  title: 'Team sync: write → all others, p95 (200 clients × 20 edits)',
  unit: 'ms',
  targets: [{ op: '<=', value: 200, unit: 'ms' }],
  // Needs no seeded workspace, but a minute and a half of the whole machine: the full run only.
  runIn: ['L'],
  browserless: true,
  async run(ctx) {
    const r = await runSyncLoad({ log: ctx.log });
    if (!r.converged) return { missing: 'the clients did not converge', notes: [describe(r)] };
    return { subject: [r.p95], notes: [describe(r)] };
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (flag, fallback) => {
    const i = args.indexOf(flag);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(', ');
  const loadStart = load();
  const t0 = Date.now();
  runSyncLoad({
    clients: opt('--clients', 200),
    edits: opt('--edits', 20),
    seconds: opt('--seconds', 60),
    processes: opt('--processes', 4),
    log: (m) => console.log(`[sync ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}`),
  }).then(
    (r) => {
      console.log(describe(r));
      console.log(`load average ${loadStart} at the start, ${load()} at the end`);
      console.log(JSON.stringify(r));
      process.exit(r.converged ? 0 : 1);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
