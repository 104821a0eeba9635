import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '../../shell/no-eval';
import { ClassPage } from './class-page';
import { connectLive } from './live';
import { showOpenForm } from './open-session';
import { Presenter } from './presenter';
import { pageLocale } from './locale';
import { loadCatalogue, t } from '../../i18n';

/**
 * The instructor's page. Its address holds the session's key after the "#"
 * (browsers never send that part to a server, so it stays out of logs):
 * class.html#key=… is the class view, class.html?view=presenter#key=… the
 * presenter view, and class.html alone the form that opens a session.
 */
const root = document.getElementById('app')!;
const keyOf = () => new URLSearchParams(location.hash.slice(1)).get('key');
// The page's language is loaded before the first word is shown; if it cannot be, the page speaks English.
const locale = await loadCatalogue(pageLocale()).then(
  () => pageLocale(),
  () => 'en' as const,
);
document.documentElement.lang = locale;
document.title = t(locale, 'cv.pageTitle');
root.setAttribute('aria-label', t(locale, 'cv.appLabel'));

function start(): void {
  const key = keyOf();
  if (!key) {
    void showOpenForm(root, locale, (k) => {
      location.hash = `key=${k}`;
    });
    return;
  }
  if (new URLSearchParams(location.search).get('view') === 'presenter') {
    const presenter = new Presenter(root, locale);
    connectLive(key, (live) => presenter.update(live));
  } else {
    const page = new ClassPage(root, key, locale);
    connectLive(key, (live) => page.update(live));
  }
}

// A new key (the session just opened, or another link pasted) starts over.
window.addEventListener('hashchange', () => location.reload());
start();
