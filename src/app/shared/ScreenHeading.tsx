import { useEffect, useRef, type ReactNode } from 'react';

let firstScreen = true;

/** A screen's h1; takes focus when a new screen opens so screen readers and keyboard users start at the top. */
export function ScreenHeading({ children, id, className }: { children: ReactNode; id?: string; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The first screen of a page load keeps the browser's natural focus.
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} id={id} className={className} tabIndex={-1}>
      {children}
    </h1>
  );
}
