import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { fontPreloadPlugin } from './src/build/font-preload-plugin.ts';
import { scenariosPlugin } from './src/build/scenarios-plugin.ts';

// The scenarios plugin reads the library with the engine's own loader, whose TypeScript imports carry no
// extension: every command loads this file with Vite's module runner (`--configLoader runner`), which
// resolves them as the game's build does.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  base: './',
  publicDir: 'assets',
  plugins: [scenariosPlugin(`${root}scenarios`), fontPreloadPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      // The game, and the instructor's class view as a page of its own.
      input: { main: `${root}index.html`, class: `${root}class.html` },
      output: {
        // Phaser in its own chunk: it changes rarely, so browsers keep it cached.
        manualChunks: (id) => (id.includes('node_modules/phaser') ? 'phaser' : undefined),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
