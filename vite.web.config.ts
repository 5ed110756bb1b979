import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The same renderer served to a plain browser (npm run web), used by the end-to-end tests.
export default defineConfig({
  root: resolve('renderer'),
  base: './',
  plugins: [react()],
  build: { outDir: resolve('out/web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
