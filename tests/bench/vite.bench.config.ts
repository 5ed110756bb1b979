import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The bench page (tests/bench/page): imports the app's db and shared modules; served next to
// the built app (out/bench/app) on the same origin, so both see the same IndexedDB.
export default defineConfig({
  root: resolve('tests/bench/page'),
  base: './',
  plugins: [react()],
  resolve: { alias: { '@shared': resolve('shared') } },
  logLevel: 'warn',
  build: { outDir: resolve('out/bench/page'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
