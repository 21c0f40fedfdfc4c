import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // The installable app and its offline shell (docs/architecture.md, "Field work without signal"). The
    // service worker precaches index.html and the hashed assets, and answers navigations with index.html when
    // there is no network. It caches no /api answer: offline writes go through the inspection drafts' queue
    // (IndexedDB). Built only: `vite` (dev) registers nothing.
    VitePWA({
      // An external /registerSW.js, no inline script: the server's CSP allows script-src 'self' only.
      injectRegister: 'script',
      registerType: 'autoUpdate',
      includeAssets: ['icon.svg'],
      manifest: {
        name: '食安 · 黄陂区食品安全智慧监管平台',
        short_name: '食安',
        description: '食安 · 黄陂区食品安全智慧监管平台',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1677ff',
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        navigateFallback: '/index.html',
        // API routes and file downloads are the server's, never the shell.
        navigateFallbackDenylist: [/^\/api\//],
        // The base chunk (antd, ProLayout, React) is ~800 kB; precache it with room to grow.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd + ProLayout + React make a ~800 kB (≈260 kB gzip) base that every page needs;
    // pages themselves are lazy chunks. Warn only if the base grows well beyond that.
    chunkSizeWarningLimit: 900,
  },
});
