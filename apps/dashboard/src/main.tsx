import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import { SessionProvider } from './auth/session-provider';
import { I18nRoot } from './i18n/i18n-root';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <BrowserRouter>
      <SessionProvider>
        <I18nRoot>
          <App />
        </I18nRoot>
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
);
