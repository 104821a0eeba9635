import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../../src/engine';
import { loadCatalogues } from '../../src/i18n';

// Tests read the debrief, the server's answers and the class pages in every language.
await loadCatalogues();

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }> };

/** A message's placeholders as the library parses them (in plural and select branches too). A name may be a plural in one language and plain in another: "{n} done" needs no plural in English. */
export function placeholders(message: string, locale: Locale): string[] {
  const found = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.value !== undefined && node.type !== 0 && node.type !== 7) found.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as Node[]);
  return [...found].sort();
}
