import { lazy, useState, type ComponentType } from 'react';

/** A screen whose code loads on demand, and how to fetch that code ahead of time. */
export type LazyScreen<P extends object> = ComponentType<P> & { preload(): Promise<unknown> };

/**
 * Like React.lazy, but once the code is fetched (prefetched) the screen renders at once: no Suspense
 * fallback, and so none of React's 300 ms throttle on revealing content after a fallback.
 */
export function lazyScreen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = () => load().then((module) => (loaded = module.default));
  const Lazy = lazy(() => load().then((module) => ((loaded = module.default), module)));
  function Screen(props: P) {
    // Chosen once per mount, so a screen never remounts when its code arrives.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Screen, { preload });
}
