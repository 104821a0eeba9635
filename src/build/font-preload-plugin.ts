import type { Plugin } from 'vite';

/** The faces the game draws with (Latin subset, as the title screen needs). */
const FACES = /^assets\/inter-latin-(400|600|700)-normal-[\w-]+\.woff2$/;

/**
 * Preloads the game's fonts from the page itself. Imported from CSS, they were
 * asked for only once the game's code ran, and Boot waits for them before the
 * first text is drawn; from the page, they arrive while that code downloads.
 */
export function fontPreloadPlugin(): Plugin {
  return {
    name: 'brandstorm-font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        return Object.keys(ctx.bundle)
          .filter((file) => FACES.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
