import { useEffect } from 'react';

/** Runs `refresh` now, whenever the tab comes back into view, and every `ms` while it is visible: a live view with no files. */
export function useLiveRefresh(refresh: () => void, ms = 5000): void {
  useEffect(() => {
    refresh();
    const onShow = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    const timer = setInterval(onShow, ms);
    window.addEventListener('focus', onShow);
    document.addEventListener('visibilitychange', onShow);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onShow);
      document.removeEventListener('visibilitychange', onShow);
    };
  }, [refresh, ms]);
}
