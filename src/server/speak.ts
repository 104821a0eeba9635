import type { FastifyRequest } from 'fastify';
import { preferredLocale, t, type MessageKey, type MessageValues } from '../i18n';
import type { Locale } from '../engine/schema/text';

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

/** A sentence of the server's for the person who sent the request, from the catalogue, in their language. */
export function says(req: FastifyRequest, key: MessageKey, values: MessageValues = {}): string {
  return t(requestLocale(req), key, values);
}
