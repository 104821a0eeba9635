import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { refuse } from './speak';

/**
 * The hashes of the inline scripts of the built pages (index.html's note for a game that cannot
 * start), so that the content policy lets them run and nothing else inline: computed from the
 * build itself, they always match what is served.
 */
export function inlineScriptHashes(dist: string | undefined): string[] {
  if (!dist || !existsSync(dist)) return [];
  const hashes = new Set<string>();
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, file), 'utf8');
    for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      hashes.add(`'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
    }
  }
  return [...hashes];
}

/**
 * Security headers for the game and the API: a content policy that allows what the game needs
 * (its own scripts and worker, inline styles, data: and blob: images and fonts, fetching a
 * scenario file from another https site for ?scenario= links) and nothing else, no sniffing of
 * types, and no referrer sent. No HSTS and no upgrade of http requests: a server on a classroom's
 * network is often reached over plain http, and a proxy in front of it decides about https.
 */
export function helmetOptions(dist: string | undefined): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...inlineScriptHashes(dist)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'https:'],
        workerSrc: ["'self'", 'blob:'],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
  };
}

/**
 * Sends helmet's headers with every answer. They depend on no request (no nonces), so helmet
 * writes them once, into a recording response, and each answer gets the copy: running helmet's
 * middleware per request halved the rate of small API answers.
 */
export function securityHeaders(app: FastifyInstance, dist: string | undefined): void {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(helmetOptions(dist))({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  app.addHook('onRequest', async (_req, reply) => {
    void reply.headers(headers);
  });
}

/**
 * Answers 405 with the methods allowed for a request to an API address with a method it does not
 * take (rather than 404, which says the address does not exist). Call before the routes are added.
 */
export function methodNotAllowed(app: FastifyInstance): void {
  const methods = new Map<string, Set<string>>();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const set = methods.get(route.url) ?? new Set<string>();
    for (const m of [route.method].flat()) set.add(m);
    methods.set(route.url, set);
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    const allowed = methods.get(path);
    if (allowed) {
      const allow = [...allowed].sort().join(', ');
      return refuse(req, reply.header('Allow', allow), 405, 'method-not-allowed', { method: req.method, allow });
    }
    return refuse(req, reply, 404, 'not-found', { method: req.method, path });
  });
}
