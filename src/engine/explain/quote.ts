import type { Locale } from '../schema/text';

/** Quotation marks as each language sets them: “English”, « français » (with thin no-break spaces), «italiano». */
const MARKS: Record<Locale, [string, string]> = { en: ['“', '”'], fr: ['«\u202F', '\u202F»'], it: ['«', '»'] };

/** A text in the reader's quotation marks. */
export function quote(text: string, locale: Locale): string {
  const [open, close] = MARKS[locale];
  return `${open}${text}${close}`;
}
