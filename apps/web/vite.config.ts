// Vite builds the workbench into dist/, which the API serves from its own origin. In dev mode
// (`pnpm --filter @touchstone/web dev`) GraphQL requests are proxied to the API on port 4000.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: true,
    // The rendering benchmark's pages (bench/render) ship next to the app.
    rolldownOptions: { input: ['index.html', 'bench.html', 'bench-peer.html'] },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/graphql': `http://127.0.0.1:${process.env.API_PORT ?? 4000}` },
  },
  worker: { format: 'es' },
});
