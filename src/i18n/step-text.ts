/**
 * A step's situation or prompt as the trainee reads it: in their language, and with the figures of
 * the previous post it quotes filled in from the run as played (never a count the run did not draw).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Figure } from '../engine/schema/figures';
import { localize, type Locale, type Text } from '../engine/schema/text';
import { frenchTypography } from './index';

/** The previous post's counts when the step comes. */
export type Figures = Record<Figure, number>;

/** The text in `locale`, its placeholders filled with `figures`; a text without placeholders is shown as written. */
export function stepText(text: Text, locale: Locale, figures: Figures | null): string {
  const written = localize(text, locale);
  if (!written.includes('{')) return written;
  const message = locale === 'fr' ? frenchTypography(written) : written;
  return String(
    new IntlMessageFormat(message, locale).format(figures ?? { likes: 0, replies: 0, reshares: 0, quotes: 0 }),
  );
}
