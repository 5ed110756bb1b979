import { z } from './zod';
import { parsePrintRoute } from './report/printRoute';

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
  .regex(/^cairn-[0-9TZ:.-]{10,40}\.json$/, 'not an automatic backup name');

export const autoBackupContentSchema = z.string().min(2).max(MAX_SAVE_BYTES, 'backup is too large');

export const menuActionIdSchema = z.string().regex(/^[a-z][a-zA-Z0-9.:-]{0,60}$/);
