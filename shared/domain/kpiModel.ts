import { checkInSourceSchema, keyResultFeedSchema } from '../feeds/feedSchemas';
import { z } from '../zod';
import { isoDate } from './model';

/**
 * KPIs: health metrics of an org unit that run beside the OKRs (uptime, churn, lead time).
 * Unlike a key result a KPI is not bound to a cycle: it lives as long as its unit measures
 * it. Its check-ins are history, appended and never changed in place, like key results'.
 */

const id = z.string().min(1, 'is missing').max(64, 'is too long');
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const stamp = z.string().max(40);

export const KPI_DIRECTIONS = ['higher', 'lower'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];
export const KPI_DIRECTION_LABELS: Record<KpiDirection, string> = {
  higher: 'Higher is better',
  lower: 'Lower is better',
};

/**
 * The healthy range runs from `warningAt` in the good direction, up to `healthyLimit` when
 * one is set (too much of a good thing, e.g. stock cover). Past `warningAt` the KPI is a
 * warning; at or past `criticalAt` it is critical. So with higher is better:
 * criticalAt < warningAt ≤ healthyLimit; with lower is better the other way round.
 */
export const kpiSchema = z
  .object({
    id,
    ownerId: id,
    name: z.string().trim().min(1, 'cannot be empty').max(200, 'is longer than 200 characters'),
    unit: z.string().max(40, 'is longer than 40 characters'),
    direction: z.enum(KPI_DIRECTIONS, { message: 'must be "higher" or "lower" (is better)' }),
    warningAt: finite,
    criticalAt: finite,
    healthyLimit: finite.nullable(),
    /**
     * The file this KPI is fed from, the same link a key result keeps (shared/feeds). Optional
     * and unindexed: no schema version, and format-2 backups without it stay valid. Team sync
     * keeps it on this machine (the path means nothing on a teammate's).
     */
    feed: keyResultFeedSchema.optional(),
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: stamp.nullable().optional(),
  })
  .superRefine((k, ctx) => {
    const higher = k.direction === 'higher';
    const worse = (a: number, b: number) => (higher ? a < b : a > b);
    if (!worse(k.criticalAt, k.warningAt))
      ctx.addIssue({
        code: 'custom',
        path: ['criticalAt'],
        message: higher
          ? 'must be below the warning threshold when higher is better'
          : 'must be above the warning threshold when lower is better',
      });
    if (k.healthyLimit !== null && worse(k.healthyLimit, k.warningAt))
      ctx.addIssue({
        code: 'custom',
        path: ['healthyLimit'],
        message: higher
          ? 'must not be below the warning threshold when higher is better'
          : 'must not be above the warning threshold when lower is better',
      });
  });
export type Kpi = z.infer<typeof kpiSchema>;

export const kpiCheckInSchema = z.object({
  id,
  kpiId: id,
  ownerId: id,
  /** The calendar date the value was true on. */
  at: isoDate,
  value: finite,
  note: z.string().max(5_000, 'is longer than 5,000 characters'),
  /** A file read's provenance, or `manual` for a hand check-in on a fed KPI. */
  source: checkInSourceSchema.optional(),
  createdAt: stamp,
  deletedAt: stamp.nullable().optional(),
});
export type KpiCheckIn = z.infer<typeof kpiCheckInSchema>;
