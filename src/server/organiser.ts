import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { refuse } from './speak';

/** Whether a request may create teams and sessions: true, or the answer has been sent (401 or 403). */
export type OrganiserCheck = (req: FastifyRequest, reply: FastifyReply, fromBody: string | undefined) => boolean;

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * The organiser key's check (ORGANISER_KEY): with no key set, anyone who can reach the server may
 * create teams and sessions, as on a laptop in a classroom; with one, the request must carry it, as
 * a Bearer token or as the body's organiserKey. Compared by digest in constant time.
 */
export function organiserCheck(key: string | undefined): OrganiserCheck {
  const expected = key ? digest(key) : undefined;
  return (req, reply, fromBody) => {
    if (!expected) return true;
    const given = /^Bearer (\S{1,200})$/.exec(req.headers.authorization ?? '')?.[1] ?? fromBody;
    if (given === undefined) {
      void refuse(req, reply, 401, 'organiser-key-needed');
      return false;
    }
    if (!timingSafeEqual(digest(given), expected)) {
      void refuse(req, reply, 403, 'organiser-key-wrong');
      return false;
    }
    return true;
  };
}
