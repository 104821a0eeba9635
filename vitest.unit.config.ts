import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * `npm run test:unit`: the tests a developer runs every minute, with no browser, no database
 * and no build of the game (browser tests, server tests and the bundle's size are left to `npm test`).
 */
export default defineConfig({
  test: {
    ...base.test,
    globalSetup: [],
    exclude: ['tests/e2e/**', 'tests/server/**', 'tests/bundle-size.test.ts', '**/node_modules/**'],
  },
});
