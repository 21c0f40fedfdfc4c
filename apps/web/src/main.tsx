import './locales/messages.ts';
import 'antd/dist/reset.css';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { unstableSetRender } from 'antd';
import { App } from './app.tsx';

// antd 5 mounts its popups (message, Modal.confirm, the click wave) with the React 18 API;
// under React 19 it must be told how to create a root.
unstableSetRender((node, container) => {
  const host = container as (Element | DocumentFragment) & { shianRoot?: Root };
  host.shianRoot ??= createRoot(container);
  const root = host.shianRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    delete host.shianRoot;
  };
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
