import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import { preferredLocale } from '../i18n';
import { refusalMessage } from '../i18n/refusals';
import type { Locale } from '../engine/schema/text';
import { requestRefusal, type RefusalCode, type RefusalValues } from '../protocol/refusal';

/** The language a request asks to be answered in (its Accept-Language, which the game sets to the player's language); English otherwise. */
export function requestLocale(req: FastifyRequest): Locale {
  const header = req.headers['accept-language'] ?? '';
  return preferredLocale(
    header
      .split(',')
      .map((part) => part.split(';')[0]!.trim())
      .filter(Boolean),
  );
}

/**
 * An error answer's body: the refusal's code and values, which the pages word in their own
 * language, and its sentence in the request's language for API users and logs.
 */
export function refusal(req: FastifyRequest, code: RefusalCode, values: RefusalValues = {}) {
  return { code, values, error: refusalMessage(requestLocale(req), code, values) ?? code };
}

/** Answers a request with a refusal and its status. */
export function refuse(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: RefusalCode,
  values: RefusalValues = {},
): FastifyReply {
  return reply.code(status).send(refusal(req, code, values));
}

/** Answers a request its schema refused: the first problem's code and values, the field's path among them. */
export function refuseRequest(req: FastifyRequest, reply: FastifyReply, error: ZodError): FastifyReply {
  const { code, values } = requestRefusal(error);
  return refuse(req, reply, 400, code, values);
}
