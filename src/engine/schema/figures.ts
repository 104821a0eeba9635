/**
 * The figures of the previous post a step's situation or prompt may quote: written as ICU
 * placeholders (`{replies, plural, =0 {no replies} one {# reply} other {# replies}}`), they are
 * filled with the counts the run really drew, as the reaction showed them when the step came.
 */

/** The counts a step's text may quote, as the reaction's counters name them. */
export const FIGURES = ['likes', 'replies', 'reshares', 'quotes'] as const;
export type Figure = (typeof FIGURES)[number];

/** The placeholders a text names: `{likes}`, `{replies, plural, …}`; the `{# …}` of a plural's branches are not. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{\s*([^\s,{}#]+)\s*[,}]/g)].map((m) => m[1]!);
}

/** The text without its placeholders (balanced `{…}` groups): what the analyser reads of a step's text as its topic. */
export function withoutPlaceholders(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out.replace(/ {2,}/g, ' ');
}
