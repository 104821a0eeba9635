import type { FastifyRequest } from 'fastify';

/** The bearer token of a request, if it has one. */
export function bearer(req: FastifyRequest): string | undefined {
  const m = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(req.headers.authorization ?? '');
  return m?.[1];
}
