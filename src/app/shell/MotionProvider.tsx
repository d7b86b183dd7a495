import { LazyMotion, MotionConfig } from 'framer-motion';
import { useEffect, type ReactNode } from 'react';
import { useReducedMotion } from '../settings/useReducedMotion';

// Out of the first load: until the features arrive, `m` elements render at their final state without animating.
const loadFeatures = () => import('./motionFeatures').then((module) => module.default);

/** framer-motion with only the DOM animation features, loaded after first paint, calmed when reduced motion is wanted. */
export function MotionProvider({ children }: { children: ReactNode }) {
  const reduced = useReducedMotion();
  useEffect(() => {
    document.documentElement.dataset.reducedMotion = String(reduced);
  }, [reduced]);
  return (
    <LazyMotion features={loadFeatures}>
      <MotionConfig reducedMotion={reduced ? 'always' : 'never'}>{children}</MotionConfig>
    </LazyMotion>
  );
}
