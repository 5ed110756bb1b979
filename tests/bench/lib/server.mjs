// A tiny static server for out/bench: the built app under /app/, the bench page under /page/.
// Both on one origin, so the bench page seeds the very IndexedDB the app then opens.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function handler(root) {
  return (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return void res.writeHead(404).end('not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  };
}

/** Serves `dir` on 127.0.0.1 and, when the machine has it, ::1 (so localhost is a second origin). */
export async function serve(dir, port) {
  const root = resolve(dir);
  const listen = (host) =>
    new Promise((ok, fail) => {
      const s = createServer(handler(root));
      s.once('error', fail);
      s.listen(port, host, () => ok(s));
    });
  const servers = [await listen('127.0.0.1')];
  try {
    servers.push(await listen('::1'));
  } catch {
    // No IPv6 loopback: localhost still resolves to 127.0.0.1.
  }
  return { close: () => Promise.all(servers.map((s) => new Promise((ok) => s.close(ok)))) };
}
