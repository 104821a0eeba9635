import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../../src/server/headers';
import { startServer } from './support';

describe('headers and methods', () => {
  it('sends a content policy and the other security headers, on the API and on pages alike', async () => {
    const server = await startServer('sqlite');
    try {
      const res = await fetch(`${server.url}/api/class/library`);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name!, values]),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      // A ?scenario= link fetches the file from another https site.
      expect(directives.get('connect-src')).toEqual(["'self'", 'https:']);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
      expect(directives.has('upgrade-insecure-requests')).toBe(false);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      // A classroom server is often plain http: no HSTS from the game itself.
      expect(res.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('answers 405 with the allowed methods for a known API address asked with another method', async () => {
    const server = await startServer('sqlite');
    try {
      for (const [method, path, allow] of [
        ['DELETE', '/api/teams', 'POST'],
        ['GET', '/api/teams', 'POST'],
        ['PUT', '/api/class/answers', 'POST'],
        ['POST', '/api/leaderboard?scenario=rippon-kondo', 'GET, HEAD'],
        ['PATCH', '/api/class/session', 'GET, HEAD'],
      ] as const) {
        const res = await fetch(`${server.url}${path}`, { method });
        expect({ method, path, status: res.status }).toEqual({ method, path, status: 405 });
        expect(res.headers.get('allow')).toBe(allow);
        expect(await res.json()).toEqual({
          code: 'method-not-allowed',
          values: { method, allow },
          error: `${method} is not allowed here: use ${allow}`,
        });
      }
      const nowhere = await fetch(`${server.url}/api/no-such-thing?x=1`, {
        method: 'POST',
        headers: { 'Accept-Language': 'fr' },
      });
      expect(nowhere.status).toBe(404);
      expect(await nowhere.json()).toEqual({
        code: 'not-found',
        values: { method: 'POST', path: '/api/no-such-thing' },
        error: 'il n’y a rien à POST /api/no-such-thing',
      });
    } finally {
      await server.close();
    }
  });

  it('lets the inline script of a built page run, and no other', () => {
    const dist = mkdtempSync(join(tmpdir(), 'brandstorm-dist-'));
    try {
      writeFileSync(
        join(dist, 'index.html'),
        '<script type="module" src="/assets/a.js"></script><script>\n  show();\n</script>',
      );
      expect(inlineScriptHashes(dist)).toEqual(["'sha256-wd+TC28o216tL3mpQ7mfYSdTDixPBfehMs4UXGHSS3g='"]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
