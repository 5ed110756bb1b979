import { z } from './zod';
import { parsePrintRoute } from './report/printRoute';
import { isBackupFileName } from './backupFiles';
import { MAX_OPEN_BYTES } from './fileLimits';
import { isRecordId } from './sync/documentNames';

/** The same limits the main process enforces on every IPC argument. */
const safeName = z
  .string()
  .min(1, 'file name is empty')
  .max(200, 'file name is too long')
  .refine(
    (s) => !/[\\/\0]/.test(s) && s !== '.' && s !== '..',
    'file name must not contain a path',
  );

const filters = z
  .array(
    z.object({
      name: z.string().max(100),
      extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i, 'extension is not plain')).max(10),
    }),
  )
  .max(10);

export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

export const saveFileRequestSchema = z.object({
  suggestedName: safeName,
  content: z.union([
    z.string().max(MAX_SAVE_BYTES, 'content is too large'),
    z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'content is too large'),
  ]),
  filters,
});

export const printRequestSchema = z.object({
  suggestedName: safeName,
  pageSize: z.enum(['A4', 'Letter']),
  landscape: z.boolean(),
  route: z
    .string()
    .max(300)
    .refine((r) => parsePrintRoute(r) !== null, 'route is not a report to print')
    .optional(),
});

export const openFileRequestSchema = z.object({ filters });

export const autoBackupNameSchema = z
  .string()
  // Older automatic backups end in plain `.json`; they still list and restore.
  .regex(/^cairn-[0-9TZ:.-]{10,40}(\.cairn)?\.json$/, 'not an automatic backup name');

export const autoBackupContentSchema = z.string().min(2).max(MAX_SAVE_BYTES, 'backup is too large');

/** A backup file main read because the person opened it from outside Cairn. */
export const openedBackupFileSchema = z
  .object({
    name: safeName.refine(isBackupFileName, 'not a Cairn backup file name'),
    content: z.string().max(MAX_OPEN_BYTES, 'file is too large'),
  })
  .strict();

export const menuActionIdSchema = z.string().regex(/^[a-z][a-zA-Z0-9.:-]{0,60}$/);

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const FEED_RULE =
  'must be an https:// address (http:// only for this computer), without a user name or password';

function isFeedUrl(s: string): boolean {
  try {
    const u = new URL(s);
    if (u.username || u.password) return false;
    return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
  } catch {
    return false;
  }
}

/** An update feed: https, or plain http only on this computer (a test server). */
export const feedUrlSchema = z.string().trim().max(500, 'is too long').refine(isFeedUrl, FEED_RULE);

/** The update setting a person saves: turning updates on needs a feed address. */
export const updateSettingsSchema = z
  .object({
    enabled: z.boolean(),
    feedUrl: z
      .string()
      .trim()
      .max(500, 'is too long')
      .refine((s) => s === '' || isFeedUrl(s), FEED_RULE),
  })
  .strict()
  .refine((s) => !s.enabled || s.feedUrl !== '', {
    path: ['feedUrl'],
    message: 'is needed to turn updates on',
  });

/** A notification main shows: short plain text, and a menu action to run on a click. */
export const notifyRequestSchema = z
  .object({
    title: z.string().trim().min(1, 'is empty').max(120, 'is too long'),
    body: z.string().max(1_000, 'is too long'),
    actionId: menuActionIdSchema.optional(),
  })
  .strict();

/** The dock or taskbar badge: a whole number of key results (0 clears it). */
export const badgeCountSchema = z.number().int().min(0).max(9_999);
/** A feed file's ref as main handed it out: an absolute path, checked against the allow-list. */
export const feedFileRefSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((s) => !s.includes('\0'));
export const feedFileRefsSchema = z.array(feedFileRefSchema).max(1000);
/** A workspace's id as the renderer makes them (`personal`, or a UUID): also a file name in main. */
export const workspaceIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'is not a workspace id');

/** What a workspace keeps secret: an invite code (25 characters, with separators as typed). */
export const secretSchema = z.string().min(1, 'is empty').max(200, 'is too long');

/** Hosting a team: a port a person may choose (above the privileged ones, or 0 for any free one). */
export const hostPortSchema = z
  .number()
  .int('is not a whole number')
  .refine((n) => n === 0 || (n >= 1024 && n <= 65535), 'must be between 1024 and 65535');

/** A person of the org tree (a record id), as the team server's invites name them. */
export const hostPersonIdSchema = z
  .string()
  .refine(isRecordId, 'is not the id of a person of the org tree');

export const hostStartRequestSchema = z
  .object({ port: hostPortSchema.optional(), adminPersonId: hostPersonIdSchema.optional() })
  .strict();
