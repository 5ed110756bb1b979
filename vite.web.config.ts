import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The same renderer served to a plain browser (npm run web), used by the end-to-end tests.
export default defineConfig({
  root: resolve('renderer'),
  base: './',
  plugins: [react()],
  // renderer/ imports shared/ as @shared/… (tsconfig.json paths), not ../../../../shared.
  resolve: { alias: { '@shared': resolve('shared') } },
  build: {
    outDir: resolve(process.env.CAIRN_WEB_OUT ?? 'out/web'),
    emptyOutDir: true,
    // Views other than Objectives are split off (features/views.tsx): the start-up script is
    // what a large workspace waits for before its first read.
    chunkSizeWarningLimit: 2500,
  },
  preview: { host: '127.0.0.1', port: Number(process.env.CAIRN_PORT ?? 4173), strictPort: true },
});
