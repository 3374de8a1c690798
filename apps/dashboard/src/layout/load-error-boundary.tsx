import { Component, type ReactNode } from 'react';
import { translateNow } from '../i18n/i18n-provider';
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
          {translateNow('contactly.common.load_failed', {
            reason: this.state.error.message,
            _: 'The console could not be loaded: %{reason}',
          })}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            {translateNow('contactly.common.reload', { _: 'Reload' })}
          </button>
        </p>
      </main>
    );
  }
}
