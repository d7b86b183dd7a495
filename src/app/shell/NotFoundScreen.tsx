import { ScreenHeading } from './ScreenHeading';

/** An address the app does not know. */
export function NotFoundScreen() {
  return (
    <section className="screen" data-screen="not-found">
      <header className="screen-header">
        <ScreenHeading>Page not found</ScreenHeading>
        <p className="lede">This link does not lead to a screen of Dialed In.</p>
      </header>
      <p>
        <a className="button button-primary" href="#/">
          Go to the scenarios
        </a>
      </p>
    </section>
  );
}
