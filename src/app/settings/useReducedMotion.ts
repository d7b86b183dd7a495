import { useEffect, useState } from 'react';
import { useSettingsStore } from './settingsStore';

const QUERY = '(prefers-reduced-motion: reduce)';

function systemPrefersReduced(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;
}

/** Whether animations should be calmed: the settings override, else the system preference (followed live). */
export function useReducedMotion(): boolean {
  const motion = useSettingsStore((s) => s.motion);
  const [system, setSystem] = useState(systemPrefersReduced);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(QUERY);
    const update = () => setSystem(list.matches);
    list.addEventListener?.('change', update);
    return () => list.removeEventListener?.('change', update);
  }, []);
  return motion === 'reduce' || (motion === 'system' && system);
}
