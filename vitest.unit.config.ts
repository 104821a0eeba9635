import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * `npm run test:unit`: the tests a developer runs every minute, with no browser, no database,
 * no build of the game and no child process (browser, server and command-line tests, and the
 * bundle's size, are left to `npm test`). The engine holds no module state (a test enforces it),
 * so the files share one module graph per thread instead of importing the engine afresh each time.
 */
export default defineConfig({
  test: {
    ...base.test,
    globalSetup: [],
    pool: 'threads',
    isolate: false,
    exclude: ['tests/e2e/**', 'tests/server/**', 'tests/cli/**', 'tests/bundle-size.test.ts', '**/node_modules/**'],
  },
});
