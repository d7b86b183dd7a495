// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrendChart } from '../../../src/app/history/TrendChart';
import type { TrendLine, TrendPoint } from '../../../src/app/history/historySelectors';

const point = (index: number, score: number, scenarioTitle: string): TrendPoint => ({
  index,
  score,
  recordId: `call-${index + 1}`,
  endedAt: `2025-05-0${index + 1}T10:00:00Z`,
  calls: 1,
  scenarioTitle,
});

const LINE: TrendLine = {
  points: [point(0, 40, 'Art’s overdue plates'), point(1, 72, 'Wendy on a deadline'), point(2, 85, 'Art’s overdue plates')],
  scored: 3,
  first: 40,
  latest: 85,
  best: 85,
};

function renderChart() {
  render(<TrendChart line={LINE} calls={3} label="Overall score" />);
  const points = [...document.querySelectorAll<SVGAElement>('.hist-chart-point')];
  return { points };
}

/** A finger (or another pointer) pressing a point and lifting: the click's default is following the link. */
function tap(element: Element, pointerType = 'touch'): boolean {
  fireEvent.pointerDown(element, { pointerType });
  return fireEvent.click(element);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TrendChart on a touch screen', () => {
  it('selects a tapped point and shows its date, score and scenario with an Open call link, without opening the call', () => {
    const { points } = renderChart();
    expect(tap(points[1]!)).toBe(false);
    const card = screen.getByTestId('chart-card');
    expect(card.textContent).toMatch(/ · scored 72/);
    expect(card.textContent).toContain('Wendy on a deadline');
    expect(screen.getByRole('link', { name: 'Open call' }).getAttribute('href')).toBe('#/results/call-2');
    // The card takes the place of the always-shown label, so only one date is on the chart.
    expect(screen.queryByTestId('chart-tip')).toBeNull();
  });

  it('opens the call on a second tap of the same point', () => {
    const { points } = renderChart();
    tap(points[0]!);
    expect(tap(points[0]!)).toBe(true);
  });

  it('moves the card to another tapped point, and dismisses it on a tap elsewhere or Escape', () => {
    const { points } = renderChart();
    tap(points[0]!);
    expect(tap(points[2]!)).toBe(false);
    expect(screen.getByTestId('chart-card').textContent).toMatch(/ · scored 85/);
    fireEvent.pointerDown(document.body, { pointerType: 'touch' });
    expect(screen.queryByTestId('chart-card')).toBeNull();
    tap(points[2]!);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByTestId('chart-card')).toBeNull();
  });

  it('keeps the card open while its Open call link is tapped', () => {
    const { points } = renderChart();
    tap(points[1]!);
    const open = screen.getByRole('link', { name: 'Open call' });
    fireEvent.pointerDown(open, { pointerType: 'touch' });
    expect(screen.getByTestId('chart-card')).toBeTruthy();
  });

  it('selects first on a screen that cannot hover, whatever the pointer', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(hover: none)', media: query }));
    const { points } = renderChart();
    expect(tap(points[0]!, 'pen')).toBe(false);
    expect(screen.getByTestId('chart-card')).toBeTruthy();
  });
});

describe('TrendChart with a mouse or a keyboard', () => {
  it('opens the call on a mouse click at once', () => {
    const { points } = renderChart();
    expect(tap(points[1]!, 'mouse')).toBe(true);
    expect(screen.queryByTestId('chart-card')).toBeNull();
  });

  it('shows a focused point’s date and score, and opens its call on Enter', () => {
    const { points } = renderChart();
    fireEvent.focus(points[0]!);
    expect(screen.getByTestId('chart-tip').textContent).toMatch(/ · scored 40$/);
    expect(points[0]!.getAttribute('aria-label')).toMatch(/^Art’s overdue plates, .* · scored 40: open this call$/);
    // Enter on a link is a click with no pointer pressed before it.
    expect(fireEvent.click(points[0]!)).toBe(true);
    expect(screen.queryByTestId('chart-card')).toBeNull();
  });
});
