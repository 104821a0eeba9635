import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { imageType, scenarioFiles, scenarioImages } from '../library/scenario-folder';

/**
 * Serves `scenarios/` as data at `/scenarios/`: an `index.json` listing the
 * files, and each file as written, with the images beside them that posts
 * name (`"image": { "src": "cold-fries.png" }`). The game fetches them at start, so a
 * broken file is reported on screen by the same checker that instructors use,
 * and the other scenarios stay playable. In development, editing a file
 * tells the running game to reload it.
 */
export function scenariosPlugin(dir: string): Plugin {
  return {
    name: 'brandstorm-scenarios',
    configureServer(server) {
      server.watcher.add(dir);
      // A file edited, added or removed: the running game reloads its catalog.
      const changed = (file: string) => {
        if (file.startsWith(dir) && file.endsWith('.json')) {
          server.ws.send({ type: 'custom', event: 'brandstorm:scenario-changed', data: { file: relative(dir, file) } });
        }
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
      server.middlewares.use('/scenarios/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
        const files = scenarioFiles(dir);
        if (name === 'index.json') {
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(files));
        } else if (files.includes(name)) {
          res.setHeader('Content-Type', 'application/json');
          res.end(readFileSync(join(dir, name)));
        } else if (scenarioImages(dir).includes(name)) {
          res.setHeader('Content-Type', imageType(name));
          res.end(readFileSync(join(dir, name)));
        } else next();
      });
    },
    // The game's page asks for the library as it opens, while the code is still
    // downloading: the game's fetches then find the files already there.
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.filename.endsWith('index.html')) return;
        return ['index.json', ...scenarioFiles(dir)].map((f) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `scenarios/${encodeURIComponent(f)}`, as: 'fetch', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
    generateBundle() {
      const files = scenarioFiles(dir);
      this.emitFile({ type: 'asset', fileName: 'scenarios/index.json', source: JSON.stringify(files) });
      for (const f of [...files, ...scenarioImages(dir)])
        this.emitFile({ type: 'asset', fileName: `scenarios/${f}`, source: readFileSync(join(dir, f)) });
    },
  };
}
