import { Component, type ReactNode } from 'react';
import './splash.css';

interface State {
  error: Error | null;
}

/** Shows why the console could not load (e.g. a chunk gone after a redeploy) instead of a blank page. */
export class LoadErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="splash" role="alert">
        <p>
          The console could not be loaded: {this.state.error.message}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </main>
    );
  }
}
