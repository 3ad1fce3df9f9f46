import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashStore } from '../state/hash-store.ts';
import { App } from './app.tsx';
import { browserLocation } from './browser-location.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { AppStoreContext } from './use-app-state.ts';
import { startValidationWorkers } from './use-datasets.ts';
import './app.css';

const root = document.getElementById('root');
if (root) {
  // the data's validation workers load their code while React renders the shell
  startValidationWorkers();
  const store = createHashStore(browserLocation(window));
  createRoot(root).render(
    <StrictMode>
      {/* Last resort: views and charts have their own boundaries; this one keeps the page from going blank. */}
      <ErrorBoundary
        fallback={(message) => (
          <p className="view-error" role="alert" data-error-boundary="app">
            督办 / Duban: {message}
          </p>
        )}
      >
        <AppStoreContext value={store}>
          <App />
        </AppStoreContext>
      </ErrorBoundary>
    </StrictMode>,
  );
}
