// The machine a run was measured on, for docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    // Not Linux: os.cpus() already named it.
  }
  return { cpu, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30) };
}
