import { localize, type Text } from '../engine/schema/text';
import { classClient } from '../classroom/client';
import { h } from './dom';

interface LibraryEntry {
  id: string;
  title: Text;
  summary: Text;
  steps: number;
  minutes: number;
}

/** The form that opens a session: a title, the scenarios to play in order, and the pace. */
export async function showOpenForm(root: HTMLElement, onOpened: (key: string) => void): Promise<void> {
  root.replaceChildren(h('p', { class: 'muted' }, 'Loading the scenarios…'));
  let library: LibraryEntry[];
  let keyAsked = false;
  try {
    const res = await fetch('api/class/library');
    if (!res.ok) throw new Error(`the server answered ${res.status}`);
    ({ scenarios: library, organiserKey: keyAsked = false } = (await res.json()) as { scenarios: LibraryEntry[]; organiserKey?: boolean });
  } catch (err) {
    root.replaceChildren(h('p', { class: 'error', role: 'alert' }, `The scenario list could not be loaded (${(err as Error).message}). Reload the page to try again.`));
    return;
  }
  const error = h('p', { class: 'error', role: 'alert' });
  const title = h('input', { id: 'session-title', name: 'title', maxlength: 80, required: true, value: 'Social media workshop', autocomplete: 'off' });
  const boxes = library.map((s, i) =>
    h('label', { class: 'pick' }, h('input', { type: 'checkbox', name: 'scenario', value: s.id, ...(i === 0 ? { checked: true } : {}) }), h('span', { class: 'pick-title' }, localize(s.title, 'en')), h('span', { class: 'muted' }, ` · ${s.steps} step${s.steps > 1 ? 's' : ''}, about ${s.minutes} min — ${localize(s.summary, 'en')}`)),
  );
  const mode = (value: string, label: string, detail: string, checked = false) =>
    h('label', { class: 'pick' }, h('input', { type: 'radio', name: 'mode', value, ...(checked ? { checked: true } : {}) }), h('span', { class: 'pick-title' }, label), h('span', { class: 'muted' }, ` — ${detail}`));
  // A server on a network may ask for the organiser key its administrator gave out.
  const key = keyAsked ? [h('label', { for: 'organiser-key' }, 'Organiser key'), h('input', { id: 'organiser-key', name: 'organiserKey', type: 'password', required: true, autocomplete: 'current-password' })] : [];
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Open the session');
  const form = h(
    'form',
    { class: 'open-form', 'aria-labelledby': 'open-heading' },
    h('h1', { id: 'open-heading' }, 'Open a class session'),
    h('p', { class: 'muted' }, 'Trainees join from their browsers with a short code. You follow their decisions live here, then debrief together on the projector.'),
    h('label', { for: 'session-title' }, 'Title'),
    title,
    h('fieldset', {}, h('legend', {}, 'Scenarios, played in this order'), ...boxes),
    h('fieldset', {}, h('legend', {}, 'Pace'), mode('self-paced', 'Self-paced', 'each trainee plays at their own pace', true), mode('lockstep', 'Lockstep', 'you open each decision for everyone; trainees wait until you do')),
    ...key,
    submit,
    error,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const scenarios = data.getAll('scenario').map(String);
    if (scenarios.length === 0) return void (error.textContent = 'Pick at least one scenario.');
    submit.disabled = true;
    submit.textContent = 'Opening…';
    void classClient()
      .open(String(data.get('title') ?? ''), scenarios, data.get('mode') === 'lockstep' ? 'lockstep' : 'self-paced', String(data.get('organiserKey') ?? '') || undefined)
      .then((answer) => {
        submit.disabled = false;
        submit.textContent = 'Open the session';
        if (!answer.ok) return void (error.textContent = answer.kind === 'offline' ? 'The server cannot be reached: try again in a moment.' : answer.error);
        onOpened(answer.value.instructorToken);
      });
  });
  root.replaceChildren(form);
  title.focus();
}
