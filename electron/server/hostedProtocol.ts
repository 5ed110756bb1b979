import { z } from '../../shared/zod';
import { isRecordId } from '../../shared/sync/documentNames';

/**
 * What main and the hosted team server (hostedEntry.ts, in a utilityProcess) say to each other.
 * Both sides check what they receive: a message is only data until it parses.
 */
const personId = z.string().refine(isRecordId, 'is not a person id');

export const hostedRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    dataPath: z.string().min(1),
    host: z.string().min(1),
    port: z.number().int().min(0).max(65535),
    /** Invite this person as an admin once listening; the code comes back with `listening`. */
    adminPersonId: personId.optional(),
  }),
  z.object({
    type: z.literal('invite'),
    requestId: z.number().int(),
    personId,
    admin: z.boolean(),
  }),
  z.object({ type: z.literal('stop') }),
]);
export type HostedRequest = z.infer<typeof hostedRequestSchema>;

export const hostedReplySchema = z.discriminatedUnion('type', [
  /** The process runs and listens for requests. */
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('listening'),
    port: z.number().int(),
    /** Members with an active invite. */
    members: z.number().int(),
    adminInvite: z.string().optional(),
  }),
  z.object({ type: z.literal('error'), message: z.string() }),
  z.object({ type: z.literal('invited'), requestId: z.number().int(), code: z.string() }),
  z.object({ type: z.literal('inviteFailed'), requestId: z.number().int(), message: z.string() }),
  z.object({ type: z.literal('stopped') }),
]);
export type HostedReply = z.infer<typeof hostedReplySchema>;
