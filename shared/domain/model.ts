import { z } from '../zod';
import { checkInSourceSchema, keyResultFeedSchema } from '../feeds/feedSchemas';

/**
 * The OKR model. Every record is keyed by a UUID, carries the org unit that owns it
 * (ready for a per-owner sync document later), and is soft-deleted with `deletedAt`.
 * Dates are ISO calendar dates (`yyyy-MM-dd`); instants are ISO timestamps.
 */

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written yyyy-mm-dd')
  // Date.parse rolls 2026-02-30 over to March: compare the parsed date back to the text.
  .refine((s) => {
    const t = Date.parse(s + 'T00:00:00Z');
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
  }, 'is not a real date');

const id = z.string().min(1, 'is missing').max(64, 'is too long');
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const stamp = z.string().max(40);

const base = {
  id,
  createdAt: stamp,
  updatedAt: stamp,
  deletedAt: stamp.nullable().optional(),
};

export const titleField = z
  .string()
  .trim()
  .min(1, 'cannot be empty')
  .max(500, 'is longer than 500 characters');

export const ORG_KINDS = ['company', 'department', 'team', 'person'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const orgUnitSchema = z.object({
  ...base,
  kind: z.enum(ORG_KINDS),
  name: titleField,
  parentId: id.nullable(),
  /**
   * The people (person unit ids) who lead this unit: in a team workspace they write its
   * documents and those of every unit below it (shared/sync/permissions.ts). Optional, so
   * workspaces and backups from before team sync stay valid; absent means no leads.
   */
  leadIds: z.array(id).max(100, 'has more than 100 leads').optional(),
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

export const CYCLE_KINDS = ['quarter', 'half', 'year', 'custom'] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];
export const CYCLE_STATES = ['planning', 'active', 'review', 'closed'] as const;
export type CycleState = (typeof CYCLE_STATES)[number];

export const cycleSchema = z
  .object({
    ...base,
    name: titleField,
    kind: z.enum(CYCLE_KINDS),
    start: isoDate,
    end: isoDate,
    state: z.enum(CYCLE_STATES),
    ownerId: id,
  })
  .refine((c) => c.start <= c.end, { message: 'must not be before the start', path: ['end'] });
export type Cycle = z.infer<typeof cycleSchema>;

export const OBJECTIVE_TYPES = ['committed', 'aspirational'] as const;
export type ObjectiveType = (typeof OBJECTIVE_TYPES)[number];
export const PLAN_STATES = ['draft', 'proposed', 'agreed', 'published'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export const alignmentSchema = z.object({
  kind: z.enum(['objective', 'keyResult']),
  id,
});
export type Alignment = z.infer<typeof alignmentSchema>;

export const objectiveSchema = z.object({
  ...base,
  cycleId: id,
  ownerId: id,
  title: titleField,
  description: z.string().max(20_000, 'is longer than 20,000 characters'),
  type: z.enum(OBJECTIVE_TYPES),
  /** 1 = most important; 0 = not yet ranked. */
  rank: z.number().int('must be a whole number').min(0, 'cannot be negative'),
  planState: z.enum(PLAN_STATES),
  alignedTo: alignmentSchema.nullable(),
  /** Set when the objective was carried over from a closed cycle. */
  carriedFromId: id.nullable().optional(),
  /**
   * In a team workspace, a private objective (and its key results, check-ins and the rest)
   * never leaves this machine. Absent means false, so older rows and backups stay valid.
   */
  private: z.boolean().optional(),
  /**
   * The KPIs (shared/domain/kpiModel.ts) this objective is meant to move, e.g. a recovery
   * objective opened from a critical KPI. Optional, so older rows and backups stay valid.
   */
  kpiIds: z.array(id).max(20, 'links more than 20 KPIs').optional(),
});
export type Objective = z.infer<typeof objectiveSchema>;

export const KR_KINDS = [
  'increase',
  'decrease',
  'stayAbove',
  'stayBelow',
  'binary',
  'milestones',
] as const;
export type KrKind = (typeof KR_KINDS)[number];

export const KR_KIND_LABELS: Record<KrKind, string> = {
  increase: 'Increase to',
  decrease: 'Decrease to',
  stayAbove: 'Stay above',
  stayBelow: 'Stay below',
  binary: 'Done / not done',
  milestones: 'Milestones',
};

export const milestoneSchema = z.object({
  id,
  title: titleField,
  done: z.boolean(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const keyResultSchema = z
  .object({
    ...base,
    objectiveId: id,
    cycleId: id,
    ownerId: id,
    title: titleField,
    kind: z.enum(KR_KINDS),
    start: finite,
    target: finite,
    current: finite,
    unit: z.string().max(40, 'is longer than 40 characters'),
    weight: finite.refine((w) => w >= 0, 'cannot be below zero'),
    dueDate: isoDate.nullable(),
    /** 0–10, the owner's latest confidence of reaching the target. */
    confidence: z.number().min(0).max(10).nullable(),
    milestones: z.array(milestoneSchema),
    rank: z.number().int().min(0),
    /**
     * The file this key result is fed from (shared/feeds). Optional, so backups and rows from
     * before feeds stay valid without a schema or format version.
     */
    feed: keyResultFeedSchema.optional(),
  })
  .superRefine((kr, ctx) => {
    if ((kr.kind === 'increase' || kr.kind === 'decrease') && kr.start === kr.target) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'must differ from the start, or there is nothing to measure',
      });
    }
    if (kr.kind === 'increase' && kr.target < kr.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'must be above the start for an increase',
      });
    }
    if (kr.kind === 'decrease' && kr.target > kr.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'must be below the start for a decrease',
      });
    }
  });
export type KeyResult = z.infer<typeof keyResultSchema>;

export const checkInSchema = z.object({
  id,
  keyResultId: id,
  ownerId: id,
  /** The calendar date the value was true on. */
  at: isoDate,
  value: finite,
  confidence: z
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 to 10')
    .max(10, 'must be 0 to 10')
    .nullable(),
  note: z.string().max(5_000),
  blockers: z.string().max(5_000),
  createdAt: stamp,
  deletedAt: stamp.nullable().optional(),
  /** Where the value came from: a file read, or `manual` on a fed key result. Optional. */
  source: checkInSourceSchema.optional(),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const initiativeSchema = z.object({
  ...base,
  keyResultId: id,
  ownerId: id,
  title: titleField,
  /** 1 = highest. */
  priority: z.number().int().min(1).max(3),
  dueDate: isoDate.nullable(),
  done: z.boolean(),
});
export type Initiative = z.infer<typeof initiativeSchema>;

/** End-of-cycle score of one key result. */
export const scoreSchema = z.object({
  ...base,
  cycleId: id,
  keyResultId: id,
  ownerId: id,
  score: z.number().min(0, 'must be 0.0 to 1.0').max(1, 'must be 0.0 to 1.0'),
  reason: z.string().max(5_000),
});
export type Score = z.infer<typeof scoreSchema>;

/** Retrospective of an objective (objectiveId set) or of a whole cycle (objectiveId null). */
export const retroSchema = z.object({
  ...base,
  cycleId: id,
  objectiveId: id.nullable(),
  ownerId: id,
  wentWell: z.string().max(20_000),
  missed: z.string().max(20_000),
  lessons: z.string().max(20_000),
  nextSteps: z.string().max(20_000),
  /**
   * On a cycle retrospective (objectiveId null): when its unit marked the cycle's review done,
   * and which org unit (the person using Cairn) did. Absent or null: not reviewed. Optional, so
   * backups written before units reviewed restore as they are (no format version needed).
   */
  reviewedAt: stamp.nullable().optional(),
  reviewedBy: id.nullable().optional(),
});
export type Retro = z.infer<typeof retroSchema>;

export const commentSchema = z.object({
  ...base,
  objectiveId: id,
  ownerId: id,
  author: z.string().trim().min(1, 'cannot be empty').max(200),
  text: z.string().trim().min(1, 'cannot be empty').max(5_000),
});
export type Comment = z.infer<typeof commentSchema>;

export const voteSchema = z.object({
  ...base,
  cycleId: id,
  objectiveId: id,
  ownerId: id,
  voter: z.string().trim().min(1, 'cannot be empty').max(200),
  dots: z.number().int().min(0),
});
export type Vote = z.infer<typeof voteSchema>;

/** A coach finding the user has dismissed, with their reason. */
export const dismissalSchema = z.object({
  ...base,
  ruleId: z.string().min(1).max(80),
  subjectId: id,
  ownerId: id,
  reason: z.string().trim().min(1, 'cannot be empty').max(2_000),
});
export type Dismissal = z.infer<typeof dismissalSchema>;

export const templateKrSchema = z.object({
  title: titleField,
  kind: z.enum(KR_KINDS),
  start: finite,
  target: finite,
  unit: z.string().max(40),
});
export const templateSchema = z.object({
  ...base,
  name: titleField,
  category: z.string().max(100),
  objectiveTitle: titleField,
  description: z.string().max(20_000),
  type: z.enum(OBJECTIVE_TYPES),
  keyResults: z.array(templateKrSchema),
  builtIn: z.boolean(),
});
export type Template = z.infer<typeof templateSchema>;

export const settingSchema = z.object({
  key: z.string().min(1).max(100),
  value: z.unknown(),
});
export type Setting = z.infer<typeof settingSchema>;
