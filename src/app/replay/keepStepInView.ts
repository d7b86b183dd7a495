/** Room left between the view's edge and what is kept in view. */
const MARGIN = 8;

/**
 * Scrolls the page so the current line and its commentary are in view together: between the sticky top bar and
 * the replay controls (stuck above on a wide screen, below on a phone). When both do not fit, the line's top wins.
 * A commentary panel that is itself sticky (wide screens) stays in view on its own, so only the line counts then.
 */
export function keepStepInView(row: HTMLElement, coach: HTMLElement | null, smooth: boolean): void {
  let top = (document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0) + MARGIN;
  let bottom = window.innerHeight - MARGIN;
  const controls = document.querySelector('.replay-controls')?.getBoundingClientRect();
  if (controls && controls.height > 0) {
    if (controls.top > window.innerHeight / 2) bottom = Math.min(bottom, controls.top - MARGIN);
    else top = Math.max(top, controls.bottom + MARGIN);
  }
  const line = row.getBoundingClientRect();
  const alongside = !coach || getComputedStyle(coach).position === 'sticky';
  const end = alongside ? line.bottom : Math.max(line.bottom, coach.getBoundingClientRect().bottom);
  let delta = 0;
  if (end - line.top > bottom - top || line.top < top) delta = line.top - top;
  else if (end > bottom) delta = end - bottom;
  if (Math.abs(delta) > 1) window.scrollBy({ top: delta, behavior: smooth ? 'smooth' : 'auto' });
}
