import { LOCALES, type Locale } from '../../engine/schema/text';
import { ownLanguageName, preferredLocale, t } from '../../i18n';
import { h } from './dom';

/** Where the instructor's choice of language is kept, apart from the game's own setting. */
const STORAGE_KEY = 'brandstorm.class.locale';

const isLocale = (v: string | null): v is Locale => v !== null && (LOCALES as readonly string[]).includes(v);

/**
 * The language of the instructor's pages: `?lang=` in the address (a link shared in French opens in
 * French), else the language the instructor chose here before, else the browser's.
 */
export function pageLocale(): Locale {
  const asked = new URLSearchParams(location.search).get('lang');
  if (isLocale(asked)) return asked;
  let kept: string | null = null;
  try {
    kept = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage may be refused (a private window): the browser's language will do.
  }
  return isLocale(kept) ? kept : preferredLocale(navigator.languages);
}

/** The picker of the page's language; a change is kept and the page opens again in it (the session's key stays in the address). */
export function languagePicker(locale: Locale): HTMLElement {
  const select = h(
    'select',
    { id: 'page-language', 'data-key': 'language' },
    ...LOCALES.map((l) =>
      h('option', { value: l, lang: l, ...(l === locale ? { selected: true } : {}) }, ownLanguageName(l)),
    ),
  );
  select.addEventListener('change', () => {
    try {
      localStorage.setItem(STORAGE_KEY, select.value);
    } catch {
      // Not kept: the address below still carries the choice.
    }
    const url = new URL(location.href);
    url.searchParams.set('lang', select.value);
    location.replace(url.href);
  });
  return h('p', { class: 'language' }, h('label', { for: 'page-language' }, `${t(locale, 'language')} `), select);
}
