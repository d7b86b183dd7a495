import './styles/tokens.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useNavigationStore } from './navigation/navigationStore';
import { prefetchScreens, preloadScreen } from './routeTable';
import { startApp } from './startApp';

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

startApp();
// Opened on a lazily loaded screen (a reload on #/history): fetch its code before the first render, briefly.
// Showing "Loading…" first would hold the screen back, as React delays content that replaces a fallback.
const code = preloadScreen(useNavigationStore.getState().route);
if (code) void Promise.race([code.catch(() => undefined), new Promise((wait) => setTimeout(wait, 200))]).then(render);
else render();
// Later screens load in the background once the first one is up, so moving on feels instant.
const idle = (window as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 500));
idle(prefetchScreens);
