// Each screen opens at its top, and Back (or Forward) returns to where that screen was left. The browser's own
// restoration cannot do it: screens swap inside one page, and a screen's content often arrives after the address.

/** How long a restore keeps trying while the screen's content arrives (lazy code, saved history). */
const RESTORE_MS = 1500;
const SAVED_KEY = 'dialed-in.scroll';
const MAX_SAVED = 60;

const positions = new Map<string, number>();
let current: string | undefined;
let stopRestore: (() => void) | undefined;
let counter = 0;

const inBrowser = () => typeof window !== 'undefined' && typeof window.scrollTo === 'function' && !navigator.userAgent.includes('jsdom');

/** The key of the history entry shown now, given to it on first sight. */
function entryKey(): string {
  const state = window.history.state as { scrollKey?: unknown } | null;
  if (state && typeof state.scrollKey === 'string') return state.scrollKey;
  const key = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `entry-${++counter}-${window.history.length}`;
  window.history.replaceState({ ...(state ?? {}), scrollKey: key }, '');
  return key;
}

/** Scrolls to `target` once the page is tall enough, for a little while, until the reader scrolls themselves. */
function restore(target: number): void {
  stopRestore?.();
  let frame = 0;
  const started = performance.now();
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) window.removeEventListener(type, stop);
    if (stopRestore === stop) stopRestore = undefined;
  };
  const step = () => {
    const room = document.documentElement.scrollHeight - window.innerHeight;
    if (Math.abs(window.scrollY - target) > 1) window.scrollTo(0, Math.min(target, Math.max(0, room)));
    if (performance.now() - started < RESTORE_MS) frame = requestAnimationFrame(step);
    else stop();
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) window.addEventListener(type, stop, { passive: true });
  stopRestore = stop;
  step();
}

/** Call after the address changes (a new screen, Back, Forward): a new entry opens at the top, a known one where it was left. */
export function enteredEntry(): void {
  if (!inBrowser()) return;
  const key = entryKey();
  if (key === current) return;
  current = key;
  restore(positions.get(key) ?? 0);
}

/** Starts remembering where each history entry was scrolled to (kept for the tab's life, across reloads). */
export function rememberScroll(): () => void {
  if (!inBrowser()) return () => undefined;
  window.history.scrollRestoration = 'manual';
  try {
    const saved = JSON.parse(sessionStorage.getItem(SAVED_KEY) ?? '{}') as Record<string, unknown>;
    for (const [key, y] of Object.entries(saved)) if (typeof y === 'number' && Number.isFinite(y)) positions.set(key, y);
  } catch {
    // Unreadable or unavailable session storage only costs the places saved before a reload.
  }
  current = entryKey();
  const onScroll = () => {
    if (current) positions.set(current, window.scrollY);
  };
  const save = () => {
    try {
      sessionStorage.setItem(SAVED_KEY, JSON.stringify(Object.fromEntries([...positions].slice(-MAX_SAVED))));
    } catch {
      // A full or blocked session storage: places are kept in memory until the tab closes.
    }
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('pagehide', save);
  return () => {
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('pagehide', save);
  };
}
