import type { Locale } from '../schema/text';
import { isHandle, type Token } from './tokens';

type Range = [number, number];

/**
 * A call to buy: a sentence that opens on an order to stream, watch or buy and ends on "now" ("Stream A Christmas
 * Prince and all our holiday hits now", "Regardez-le dès ce soir", "Guardatelo ora"), which the cue lists, phrase by
 * phrase, only catch when the words touch ("stream now").
 */
const VERBS: Record<Locale, readonly string[]> = {
  en: ['stream', 'watch', 'buy', 'order', 'grab', 'book', 'binge', 'catch', 'rent', 'download', 'shop'],
  fr: ['regardez', 'regarde', 'commandez', 'commande', 'réservez', 'réserve', 'achetez', 'achète', 'foncez', 'fonce'],
  it: ['guarda', 'guardate', 'guardatelo', 'ordina', 'ordinate', 'prenota', 'prenotate', 'compra', 'comprate', 'corri'],
};
/** When: at once. */
const NOW: Record<Locale, readonly string[]> = {
  en: ['now', 'today', 'tonight'],
  fr: ['maintenant', 'ce soir', "aujourd'hui", 'dès ce soir', 'tout de suite'],
  it: ['ora', 'adesso', 'oggi', 'stasera', 'subito'],
};
const LETTER = /\p{L}/u;

/** The calls to buy in a reply: the order's verb to the "now" of its sentence. */
export function callsToBuy(locale: Locale, tokens: readonly Token[], lower: string): Range[] {
  const out: Range[] = [];
  tokens.forEach((t, i) => {
    if (!VERBS[locale].includes(t.lower)) return;
    // The sentence's first word, handles and emoji aside.
    for (let j = i - 1; j >= 0 && tokens[j]!.clause === t.clause; j--)
      if (!isHandle(lower, tokens[j]!) && LETTER.test(tokens[j]!.text)) return;
    let end = i;
    while (end + 1 < tokens.length && tokens[end + 1]!.clause === t.clause) end++;
    const sentence = lower.slice(t.start, tokens[end]!.end);
    for (const w of NOW[locale]) {
      const at = new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u').exec(sentence);
      if (at) {
        out.push([t.start, t.start + at.index + w.length]);
        return;
      }
    }
  });
  return out;
}
