import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { useEffect, type ReactNode } from 'react';
import { useReducedMotion } from './useReducedMotion';

/** framer-motion with only the DOM animation features (small bundle), calmed when reduced motion is wanted. */
export function MotionProvider({ children }: { children: ReactNode }) {
  const reduced = useReducedMotion();
  useEffect(() => {
    document.documentElement.dataset.reducedMotion = String(reduced);
  }, [reduced]);
  return (
    <LazyMotion features={domAnimation}>
      <MotionConfig reducedMotion={reduced ? 'always' : 'never'}>{children}</MotionConfig>
    </LazyMotion>
  );
}
