import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
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
