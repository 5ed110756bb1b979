import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Our layout is electron/ + renderer/ + shared/, not electron-vite's default src/.
export default defineConfig({
  main: {
    build: {
      // The hosted team server runs in a utilityProcess of its own, from its own file.
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          hostedEntry: resolve('electron/server/hostedEntry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload may only require('electron'): bundle everything else, emit CJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    plugins: [react()],
    resolve: { alias: { '@shared': resolve('shared') } },
    build: {
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
