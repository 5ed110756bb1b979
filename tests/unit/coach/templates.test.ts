import { describe, expect, it } from 'vitest';
import templates from '../../../resources/templates.json';
import { coachCycle } from '../../../shared/domain/coach';
import { templateKrSchema } from '../../../shared/domain/model';
import { ORG, YEAR } from './build';

const list = templates.templates;

describe('the built-in templates', () => {
  it('cover the goals people ask for most', () => {
    expect(list.map((t) => t.key)).toEqual([
      'user-engagement',
      'technical-leadership',
      'education-results',
      'mvp-launch',
      'customer-satisfaction',
      'healthy-food-brand',
    ]);
  });

  it.each(list.map((t) => [t.name, t] as const))(
    '“%s” passes the coach without a single finding',
    (_name, t) => {
      const report = coachCycle({
        cycle: { ...YEAR, state: 'planning' },
        objectives: [
          {
            id: 'o',
            title: t.objectiveTitle,
            ownerId: 'co',
            type: t.type as 'committed' | 'aspirational',
            rank: 1,
            alignedTo: null,
          },
        ],
        keyResults: t.keyResults.map((k, i) => ({
          id: `k${i}`,
          objectiveId: 'o',
          ...k,
          kind: k.kind as 'increase',
          current: k.start,
          ownerId: 'co',
        })),
        orgUnits: ORG,
        today: '2026-01-02',
      });
      expect(report.findings.map((f) => `${f.ruleId}: ${f.subject.title}`)).toEqual([]);
      expect(report.health).toBe(100);
    },
  );

  it('hold key results the model accepts', () => {
    for (const t of list)
      for (const k of t.keyResults)
        expect(templateKrSchema.safeParse(k).success, k.title).toBe(true);
  });
});
