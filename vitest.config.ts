import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/catalogues.ts'],
    globalSetup: ['tests/e2e/support/build-once.ts'],
    // Two files at a time even on two cores: browser and server tests spend most of their time waiting for
    // Chromium, a server or a database, so a second file fills that wait (the default is one file per spare core).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
