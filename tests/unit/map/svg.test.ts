import { describe, expect, it } from 'vitest';
import { buildAlignmentGraph, emptyLanes, laneId } from '../../../shared/domain/graph';
import { layoutAlignmentGraph, NODE_SIZE } from '../../../shared/domain/graphLayout';
import { escapeXml, renderAlignmentSvg, wrapText } from '../../../shared/domain/graphSvg';
import { input, keyResult, objective, ORG, threeLevels, toObjective, unit } from './fixtures';

/** A strict well-formedness check: balanced tags, quoted attributes, only known entities. */
function wellFormedProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const entity = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const checkText = (text: string, where: string) => {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '<') problems.push(`raw < in ${where}`);
      if (text[i] === '&') {
        entity.lastIndex = i;
        if (!entity.test(text)) problems.push(`bare & in ${where}: ${text.slice(i, i + 12)}`);
      }
    }
  };
  let pos = 0;
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/y;
  while (pos < xml.length) {
    const next = xml.indexOf('<', pos);
    checkText(xml.slice(pos, next === -1 ? xml.length : next), 'text');
    if (next === -1) break;
    tag.lastIndex = next;
    const m = tag.exec(xml);
    if (!m) {
      problems.push(`malformed tag at ${next}: ${xml.slice(next, next + 40)}`);
      break;
    }
    const [, close, name, attrs, selfClose] = m;
    for (const a of attrs!.matchAll(/="([^"]*)"/g)) checkText(a[1]!, `attribute of <${name}>`);
    if (close) {
      if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element`);
    } else if (!selfClose) stack.push(name!);
    pos = tag.lastIndex;
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}

const nasty = `<script>alert("x")</script> & 'R&D' ]]> \u0001`;

describe('renderAlignmentSvg', () => {
  it('is a well-formed standalone SVG document', () => {
    const g = buildAlignmentGraph({ ...threeLevels(), showKeyResults: true });
    const svg = renderAlignmentSvg(g, layoutAlignmentGraph(g.nodes), { title: 'Q1 — alignment' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(wellFormedProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/href=|<image|url\(/);
  });

  it('escapes every piece of user text: titles, owners and the heading', () => {
    const g = buildAlignmentGraph(
      input(
        [
          objective('c', 'acme', null, { title: nasty }),
          objective('d', 'sales', toObjective('c'), { title: 'Grow "R&D" <fast>' }),
        ],
        [],
        {
          orgUnits: [
            {
              id: 'acme',
              kind: 'company',
              name: `Acme <b>&</b>`,
              parentId: null,
              createdAt: '',
              updatedAt: '',
            },
            {
              id: 'sales',
              kind: 'department',
              name: 'Sales',
              parentId: 'acme',
              createdAt: '',
              updatedAt: '',
            },
          ],
        },
      ),
    );
    const svg = renderAlignmentSvg(g, layoutAlignmentGraph(g.nodes), {
      title: nasty,
      theme: 'dark',
    });
    expect(wellFormedProblems(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('Grow &quot;R&amp;D&quot;');
    expect(svg).toContain('Acme &lt;b&gt;&amp;&lt;/b&gt;');
  });

  it('draws one path per edge between drawn nodes and says what a collapse hides', () => {
    const g = buildAlignmentGraph(threeLevels());
    const all = renderAlignmentSvg(g, layoutAlignmentGraph(g.nodes));
    expect(all.match(/<path /g)).toHaveLength(3);
    const folded = renderAlignmentSvg(
      g,
      layoutAlignmentGraph(g.nodes, { collapsed: new Set(['d']) }),
    );
    expect(folded.match(/<path /g)).toHaveLength(1);
    expect(folded).toContain('+2 below');
    expect(folded).not.toContain('Objective t');
  });

  it('shows progress, status and confidence in words', () => {
    const g = buildAlignmentGraph(threeLevels());
    const svg = renderAlignmentSvg(g, layoutAlignmentGraph(g.nodes));
    expect(svg).toContain('50 % · On track · confidence 4/10');
    expect(svg).toContain('0 % · No key results');
  });

  it('marks orphans and broken links on their cards', () => {
    const g = buildAlignmentGraph(
      input([objective('lost', 'ada'), objective('b', 'sales', toObjective('gone'))]),
    );
    const svg = renderAlignmentSvg(g, layoutAlignmentGraph(g.nodes));
    expect(svg).toContain('Orphan: aligned to nothing');
    expect(svg).toContain('Broken link: aligned to something…');
  });

  it('sizes the drawing to the layout plus padding and title', () => {
    const g = buildAlignmentGraph(threeLevels());
    const l = layoutAlignmentGraph(g.nodes);
    const svg = renderAlignmentSvg(g, l, { padding: 10, title: 'T', scale: 2 });
    expect(svg).toContain(`viewBox="0 0 ${l.width + 20} ${l.height + 20 + 40}"`);
    expect(svg).toContain(`width="${(l.width + 20) * 2}"`);
  });
});

describe('renderAlignmentSvg for an export', () => {
  const texts = (svg: string): string[] =>
    [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

  it('heads the picture with its title, the scope and date, and a legend of what is drawn', () => {
    const g = buildAlignmentGraph(
      input(
        [
          objective('c', 'acme'),
          objective('d', 'sales', toObjective('c'), { planState: 'draft' }),
          objective('lost', 'ada'),
        ],
        [keyResult('k', 'c')],
      ),
    );
    const svg = renderAlignmentSvg(g, layoutAlignmentGraph(g.nodes), {
      title: 'Q1 2026 — alignment',
      subtitle: 'Sales · 5 December 2026',
      legend: true,
    });
    expect(wellFormedProblems(svg)).toEqual([]);
    const words = texts(svg);
    expect(words.slice(0, 2)).toEqual(['Q1 2026 — alignment', 'Sales · 5 December 2026']);
    // The legend names the statuses on the cards, the badges and the orphan flag.
    expect(words).toEqual(
      expect.arrayContaining(['On track', 'No key results', 'Draft', 'Proposed', 'Orphan']),
    );
    expect(words).not.toContain('Off track');
  });

  it('puts a Draft or Proposed badge on objectives still being planned, none once agreed', () => {
    const g = buildAlignmentGraph(
      input([
        objective('a', 'acme', null, { planState: 'proposed' }),
        objective('b', 'acme', null, { planState: 'agreed' }),
      ]),
    );
    const svg = renderAlignmentSvg(g, layoutAlignmentGraph(g.nodes));
    expect(texts(svg).filter((t) => t === 'Proposed')).toHaveLength(1);
    expect(texts(svg)).not.toContain('Draft');
    expect(texts(svg)).not.toContain('Agreed');
  });

  it('wraps a long key-result title on two lines instead of cutting it', () => {
    const g = buildAlignmentGraph({
      ...input(
        [objective('c', 'acme')],
        [keyResult('k', 'c', { title: 'Weekly active teams up from 40 to 65' })],
      ),
      showKeyResults: true,
    });
    const words = texts(renderAlignmentSvg(g, layoutAlignmentGraph(g.nodes)));
    expect(words).toContain('Weekly active teams up');
    expect(words).toContain('from 40 to 65');
    expect(words.join(' ')).not.toContain('…');
  });

  it('draws an empty lane for a department without objectives', () => {
    const org = [...ORG, unit('support', 'department', 'acme')];
    const g = buildAlignmentGraph(input([objective('c', 'acme')], [], { orgUnits: org }));
    const lanes = emptyLanes(g.units, org, null).filter((u) => u.id === 'support');
    const layout = layoutAlignmentGraph([
      ...g.nodes,
      ...lanes.map((u) => ({
        id: laneId(u.id),
        parentId: null,
        kind: 'lane' as const,
        level: u.level,
      })),
    ]);
    expect(layout.nodes.find((p) => p.id === laneId('support'))).toMatchObject({
      row: 1,
      height: NODE_SIZE.lane.height,
    });
    const words = texts(renderAlignmentSvg({ ...g, lanes }, layout));
    expect(words).toEqual(expect.arrayContaining(['Support', 'department · no objectives yet']));
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML cannot hold', () => {
    expect(escapeXml(`a<b>&"c"'\u0000\u0007`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;');
  });
});

describe('wrapText', () => {
  it('wraps on words and ends with an ellipsis when it had to cut', () => {
    expect(wrapText('Make Northwind the product customers stay with', 20, 2)).toEqual([
      'Make Northwind the',
      'product customers…',
    ]);
    expect(wrapText('Short one', 20, 2)).toEqual(['Short one']);
    expect(wrapText('Supercalifragilisticexpialidocious', 10, 1)).toEqual(['Supercali…']);
  });
});
