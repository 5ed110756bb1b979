// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { formatDate } from '../../../shared/format';
import { LineChart } from '../../../renderer/src/ui/charts/LineChart';
import { Sparkline } from '../../../renderer/src/ui/charts/Sparkline';
import { PrintingContext } from '../../../renderer/src/ui/charts/printing';
import { niceTicks, valueDomain } from '../../../renderer/src/ui/charts/scale';

afterEach(cleanup);

const british = (day: string) => formatDate(day, 'en-GB');

describe('LineChart', () => {
  const points = [
    { at: '2026-10-20', value: 84 },
    { at: '2026-10-06', value: 81 },
    { at: '2026-10-13', value: 82.5 },
  ];

  it('summarises the values and the expected line in its accessible name', () => {
    render(
      <LineChart
        title="Customer retention"
        points={points}
        start="2026-10-01"
        end="2026-12-31"
        formatDay={british}
        expected={{
          from: { at: '2026-10-01', value: 80 },
          to: { at: '2026-12-31', value: 88 },
          label: 'Expected',
        }}
      />,
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Chart of Customer retention; 3 values from 81 on 6 Oct 2026 to 84 on 20 Oct 2026; Expected: 88 by 31 Dec 2026',
    );
  });

  it('lists every point in date order in a table for screen readers, and draws one dot each', () => {
    const { container } = render(
      <LineChart
        title="Retention"
        points={points}
        start="2026-10-01"
        end="2026-12-31"
        formatDay={british}
      />,
    );
    const table = screen.getByRole('table', { name: 'Retention: values by date' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '6 Oct 202681',
      '13 Oct 202682.5',
      '20 Oct 202684',
    ]);
    expect(container.querySelectorAll('circle')).toHaveLength(3);
  });

  it('in a print window keeps its summary and dots but prints no hidden table of points', () => {
    const { container } = render(
      <PrintingContext.Provider value={true}>
        <LineChart title="Retention" points={points} start="2026-10-01" end="2026-12-31" />
      </PrintingContext.Provider>,
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Chart of Retention; 3 values/,
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(container.querySelectorAll('circle')).toHaveLength(3);
  });

  it('says so when there is nothing to draw yet', () => {
    render(<LineChart title="Uptime" points={[]} start="2026-10-01" end="2026-12-31" />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Chart of Uptime; no values yet',
    );
  });
});

describe('Sparkline', () => {
  it('is named by its label and draws the trend', () => {
    const { container } = render(<Sparkline values={[1, 3, 2]} label="Trend of talks: 1 to 2" />);
    expect(screen.getByRole('img', { name: 'Trend of talks: 1 to 2' })).toBeTruthy();
    expect(container.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(3);
  });
});

describe('chart scales', () => {
  it('picks round ticks', () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 25, 50, 75, 100]);
  });
  it('never gives a zero-height value range', () => {
    const [lo, hi] = valueDomain([5, 5]);
    expect(hi).toBeGreaterThan(lo);
  });
});
