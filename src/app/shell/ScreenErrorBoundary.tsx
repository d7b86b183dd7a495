import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error?: Error;
}

/** Keeps one failing screen from blanking the app: says what happened and offers a way back. */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('A screen failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const chunkFailed = /dynamically imported module|Loading chunk|Failed to fetch/i.test(error.message);
    return (
      <section className="screen" data-screen="error">
        <div className="notice notice-danger" role="alert">
          <div className="notice-body">
            <h1>{chunkFailed ? 'This screen could not be loaded' : 'Something went wrong on this screen'}</h1>
            <p>{chunkFailed ? 'The app may have been updated, or the connection dropped. Reloading usually fixes it.' : error.message}</p>
            <p className="muted">Your saved calls and any call in progress are kept.</p>
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
                Reload
              </button>
              <a className="button" href="#/">
                Back to practice
              </a>
            </div>
          </div>
        </div>
      </section>
    );
  }
}
