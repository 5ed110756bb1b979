import { promises as fs } from 'node:fs';
import { posix, win32 } from 'node:path';
import { z } from 'zod';
import type { UpdateCheckResult, UpdateSettings, UpdateStatus } from '../../shared/host';
import { feedUrlSchema, updateSettingsSchema } from '../../shared/hostSchemas';
import { writeFileAtomic } from './files';

/** The part of electron-updater's AppUpdater Cairn uses; tests pass the real one or a fake. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<{
    isUpdateAvailable?: boolean;
    updateInfo: { version: string };
  } | null>;
}

export interface UpdateDeps {
  policyPath: string;
  settingsPath: string;
  version: string;
  /** Only a packaged, installed copy can replace itself. */
  canUpdate: boolean;
  /** Loads electron-updater on first use, so nothing of it runs while updates are off. */
  loadUpdater(): Promise<Updater>;
}

/**
 * An organisation's policy, e.g. `{ "updates": { "enabled": true, "feedUrl": "https://…/" } }`
 * or `{ "updates": { "enabled": false } }`. When the file exists it decides, for every user.
 */
export const updatePolicySchema = z
  .object({
    updates: z
      .object({ enabled: z.boolean(), feedUrl: feedUrlSchema.optional() })
      .strict()
      .refine((u) => !u.enabled || u.feedUrl, {
        path: ['feedUrl'],
        message: 'is needed when updates are enabled',
      }),
  })
  .strict();

/** Where administrators put the policy: a machine-wide place a user cannot write to. */
export function policyPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32')
    return win32.join(env.ProgramData ?? 'C:\\ProgramData', 'Cairn', 'policy.json');
  if (platform === 'darwin') return '/Library/Application Support/Cairn/policy.json';
  return posix.join('/etc', 'cairn', 'policy.json');
}

const OFF: UpdateSettings = { enabled: false, feedUrl: '' };
const DAY_MS = 24 * 3600 * 1000;

const firstIssue = (e: z.ZodError): string => {
  const i = e.issues[0];
  return i ? `${i.path.join('.') || 'the file'} ${i.message}` : 'not valid';
};

async function readJson(path: string): Promise<{ missing: true } | { value: unknown }> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    throw e;
  }
  return { value: JSON.parse(text) as unknown };
}

export function createUpdates(deps: UpdateDeps) {
  async function status(): Promise<UpdateStatus> {
    const base = { policyPath: deps.policyPath, canUpdate: deps.canUpdate, version: deps.version };
    let policy;
    try {
      policy = await readJson(deps.policyPath);
    } catch (e) {
      // A policy that exists but cannot be read or parsed keeps updates off: fail closed.
      return {
        ...base,
        ...OFF,
        managedBy: 'policy',
        problem: `${deps.policyPath}: ${(e as Error).message}`,
      };
    }
    if ('value' in policy) {
      const p = updatePolicySchema.safeParse(policy.value);
      if (!p.success)
        return {
          ...base,
          ...OFF,
          managedBy: 'policy',
          problem: `${deps.policyPath}: ${firstIssue(p.error)}`,
        };
      return {
        ...base,
        enabled: p.data.updates.enabled,
        feedUrl: p.data.updates.feedUrl ?? '',
        managedBy: 'policy',
      };
    }
    const mine = await readJson(deps.settingsPath).catch(() => ({ missing: true as const }));
    const s = 'value' in mine ? updateSettingsSchema.safeParse(mine.value) : null;
    return { ...base, ...(s?.success ? s.data : OFF), managedBy: 'you' };
  }

  async function save(settings: UpdateSettings): Promise<UpdateStatus> {
    const now = await status();
    if (now.managedBy === 'policy')
      throw new Error(`Updates are set by your organisation's policy (${deps.policyPath})`);
    await writeFileAtomic(deps.settingsPath, JSON.stringify(updateSettingsSchema.parse(settings)));
    return status();
  }

  async function check(): Promise<UpdateCheckResult> {
    const s = await status();
    if (!s.enabled)
      return {
        outcome: 'off',
        message: s.problem ?? 'Updates are off: Cairn asks nothing of the network.',
      };
    if (!deps.canUpdate)
      return {
        outcome: 'cannot-update',
        message: 'Only an installed copy of Cairn can update itself.',
      };
    const updater = await deps.loadUpdater();
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = true;
    updater.setFeedURL({ provider: 'generic', url: s.feedUrl });
    try {
      const r = await updater.checkForUpdates();
      if (!r)
        return {
          outcome: 'cannot-update',
          message: 'This copy of Cairn cannot update itself (only installers can).',
        };
      if (r.isUpdateAvailable === false || r.updateInfo.version === deps.version)
        return {
          outcome: 'up-to-date',
          version: deps.version,
          message: `Cairn ${deps.version} is the latest version.`,
        };
      const v = r.updateInfo.version;
      return {
        outcome: 'available',
        version: v,
        message: `Cairn ${v} is downloading; it installs when you quit Cairn.`,
      };
    } catch (e) {
      return {
        outcome: 'failed',
        message: `Could not check ${s.feedUrl}: ${(e as Error).message}`,
      };
    }
  }

  /**
   * Checks at launch and once a day after. Each check reads the setting afresh, so one turned
   * on later is honoured and one that is off asks nothing. Returns a stop function.
   */
  function start(): () => void {
    const run = (): void => void check().catch(() => undefined);
    run();
    const timer = setInterval(run, DAY_MS);
    timer.unref?.();
    return () => clearInterval(timer);
  }

  return { status, save, check, start };
}
