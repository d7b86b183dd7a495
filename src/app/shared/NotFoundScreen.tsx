import { ScreenHeading } from './ScreenHeading';

/** A way out of a dead end; the first is the main one. */
export interface WayOut {
  href: string;
  label: string;
}

/** What is missing and where to go instead; defaults to an address the app does not know. */
export interface NotFoundProps {
  /** The `data-screen` of the screen that could not show its content. */
  screen?: string;
  title?: string;
  message?: string;
  ways?: readonly WayOut[];
}

/** A dead end explained, with links out: unknown address, missing call, scenario or certificate. */
export function NotFoundScreen({
  screen = 'not-found',
  title = 'Page not found',
  message = 'This link does not lead to a screen of Dialed In.',
  ways = [{ href: '#/', label: 'Go to the scenarios' }],
}: NotFoundProps) {
  return (
    <section className="screen" data-screen={screen}>
      <header className="screen-header">
        <ScreenHeading>{title}</ScreenHeading>
        <p className="lede">{message}</p>
      </header>
      <div className="button-row">
        {ways.map((way, index) => (
          <a key={way.href} className={index === 0 ? 'button button-primary' : 'button'} href={way.href}>
            {way.label}
          </a>
        ))}
      </div>
    </section>
  );
}
