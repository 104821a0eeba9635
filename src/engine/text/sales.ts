import type { Locale } from '../schema/text';
import type { Range } from './strategy';
import { opensSentence, type Token } from './tokens';

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
/** When: at once. Each word compiled once, as a whole word, and tried in this order. */
const NOW: Readonly<Record<Locale, readonly { word: string; at: RegExp }[]>> = Object.freeze({
  en: whole(['now', 'today', 'tonight']),
  fr: whole(['maintenant', 'ce soir', "aujourd'hui", 'dès ce soir', 'tout de suite']),
  it: whole(['ora', 'adesso', 'oggi', 'stasera', 'subito']),
});
function whole(words: readonly string[]): { word: string; at: RegExp }[] {
  return words.map((word) => ({ word, at: new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u') }));
}

/** The calls to buy in a reply: the order's verb to the "now" of its sentence. */
export function callsToBuy(locale: Locale, tokens: readonly Token[], lower: string): Range[] {
  const out: Range[] = [];
  tokens.forEach((t, i) => {
    // The sentence's first word, handles and emoji aside.
    if (!VERBS[locale].includes(t.lower) || !opensSentence(tokens, i, lower)) return;
    let end = i;
    while (end + 1 < tokens.length && tokens[end + 1]!.clause === t.clause) end++;
    const sentence = lower.slice(t.start, tokens[end]!.end);
    for (const { word, at } of NOW[locale]) {
      const found = at.exec(sentence);
      if (found) {
        out.push([t.start, t.start + found.index + word.length]);
        return;
      }
    }
  });
  return out;
}
