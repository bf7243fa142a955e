import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App
      publishableKey={import.meta.env.VITE_MENTEO_PUBLISHABLE_KEY ?? 'pk_test_demo'}
      baseUrl={import.meta.env.VITE_MENTEO_BASE_URL ?? 'http://127.0.0.1:4010'}
    />
  </StrictMode>,
);
