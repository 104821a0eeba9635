import type { z } from 'zod';
import { coded } from './problem';
import { LOCALES, type Locale } from './text';

const LOCALE_KEYS: readonly string[] = LOCALES;

/** A localized text object: only locale keys, string values. */
function isLocalizedText(value: unknown): value is Partial<Record<Locale, string>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every((k) => LOCALE_KEYS.includes(k) && typeof (value as Record<string, unknown>)[k] === 'string')
  );
}

/**
 * Checks that every text object carries every language the scenario declares,
 * so no trainee meets a missing string. Plain strings (quotations) are exempt.
 */
export function checkTranslations(scenario: { locales: Locale[] }, ctx: z.RefinementCtx): void {
  const visit = (value: unknown, path: (string | number)[]) => {
    if (isLocalizedText(value)) {
      const missing = scenario.locales.filter((l) => !value[l]);
      if (missing.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path,
          ...coded('missing-translation', { missing: missing.join(', '), declared: scenario.locales.join(', ') }),
        });
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        visit(v, [...path, i]);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(scenario, []);
}
