import { localize, type Locale, type Text } from '../engine/schema/text';
import { classClient } from '../classroom/client';
import { t } from '../i18n';
import { h } from './dom';
import { languagePicker } from './locale';

interface LibraryEntry {
  id: string;
  title: Text;
  summary: Text;
  steps: number;
  minutes: number;
}

/** The form that opens a session: a title, the scenarios to play in order, and the pace. */
export async function showOpenForm(root: HTMLElement, locale: Locale, onOpened: (key: string) => void): Promise<void> {
  root.replaceChildren(h('p', { class: 'muted' }, t(locale, 'loading')));
  let library: LibraryEntry[];
  let keyAsked = false;
  try {
    const res = await fetch('api/class/library');
    if (!res.ok) throw new Error(t(locale, 'cv.serverAnswered', { status: res.status }));
    ({ scenarios: library, organiserKey: keyAsked = false } = (await res.json()) as { scenarios: LibraryEntry[]; organiserKey?: boolean });
  } catch (err) {
    root.replaceChildren(h('p', { class: 'error', role: 'alert' }, t(locale, 'cv.libraryFailed', { error: (err as Error).message })));
    return;
  }
  const error = h('p', { class: 'error', role: 'alert' });
  const title = h('input', { id: 'session-title', name: 'title', maxlength: 80, required: true, value: t(locale, 'cv.defaultTitle'), autocomplete: 'off' });
  const boxes = library.map((s, i) =>
    h('label', { class: 'pick' }, h('input', { type: 'checkbox', name: 'scenario', value: s.id, ...(i === 0 ? { checked: true } : {}) }), h('span', { class: 'pick-title' }, localize(s.title, locale)), h('span', { class: 'muted' }, t(locale, 'cv.pickDetail', { n: s.steps, minutes: s.minutes, summary: localize(s.summary, locale) }))),
  );
  const mode = (value: string, label: string, detail: string, checked = false) =>
    h('label', { class: 'pick' }, h('input', { type: 'radio', name: 'mode', value, ...(checked ? { checked: true } : {}) }), h('span', { class: 'pick-title' }, label), h('span', { class: 'muted' }, ` — ${detail}`));
  // A server on a network may ask for the organiser key its administrator gave out.
  const key = keyAsked ? [h('label', { for: 'organiser-key' }, t(locale, 'cv.organiserKey')), h('input', { id: 'organiser-key', name: 'organiserKey', type: 'password', required: true, autocomplete: 'current-password' })] : [];
  const submit = h('button', { type: 'submit', class: 'primary' }, t(locale, 'cv.openSubmit'));
  const form = h(
    'form',
    { class: 'open-form', 'aria-labelledby': 'open-heading' },
    languagePicker(locale),
    h('h1', { id: 'open-heading' }, t(locale, 'cv.openHeading')),
    h('p', { class: 'muted' }, t(locale, 'cv.openIntro')),
    h('label', { for: 'session-title' }, t(locale, 'cv.title')),
    title,
    h('fieldset', {}, h('legend', {}, t(locale, 'cv.scenariosOrder')), ...boxes),
    h('fieldset', {}, h('legend', {}, t(locale, 'cv.pace')), mode('self-paced', t(locale, 'cv.selfPaced'), t(locale, 'cv.selfPacedDetail'), true), mode('lockstep', t(locale, 'cv.lockstep'), t(locale, 'cv.lockstepDetail'))),
    ...key,
    submit,
    error,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const scenarios = data.getAll('scenario').map(String);
    if (scenarios.length === 0) return void (error.textContent = t(locale, 'cv.pickOne'));
    submit.disabled = true;
    submit.textContent = t(locale, 'cv.opening');
    void classClient()
      .open(String(data.get('title') ?? ''), scenarios, data.get('mode') === 'lockstep' ? 'lockstep' : 'self-paced', String(data.get('organiserKey') ?? '') || undefined)
      .then((answer) => {
        submit.disabled = false;
        submit.textContent = t(locale, 'cv.openSubmit');
        if (!answer.ok) return void (error.textContent = answer.kind === 'offline' ? t(locale, 'cv.offline') : answer.error);
        onOpened(answer.value.instructorToken);
      });
  });
  root.replaceChildren(form);
  title.focus();
}
