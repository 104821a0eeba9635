import { localize, type Text } from '../engine/schema/text';
import { classClient } from '../classroom/client';
import { h } from './dom';
import { readOwnFiles } from './own-files';
import { MAX_CLASS_UPLOADS, type ScenarioUpload } from '../protocol/uploads';

interface LibraryEntry {
  id: string;
  title: Text;
  summary: Text;
  steps: number;
  minutes: number;
}

/** The form that opens a session: a title, the scenarios to play in order (the library's and the instructor's own files), and the pace. */
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
  // Played in the order ticked, not the list's order: the number beside each box says where it comes.
  const picked: string[] = library.length > 0 ? [library[0]!.id] : [];
  const own = new Map<string, ScenarioUpload>();
  const order = new Map<string, HTMLElement>();
  const renumber = () => order.forEach((badge, id) => (badge.textContent = picked.includes(id) ? String(picked.indexOf(id) + 1) : ''));
  const pick = (id: string, label: string, detail: string, checked: boolean) => {
    const badge = h('span', { class: 'order', 'aria-hidden': 'true' });
    order.set(id, badge);
    const box = h('input', {
      type: 'checkbox',
      name: 'scenario',
      value: id,
      ...(checked ? { checked: true } : {}),
      on: {
        change: (e) => {
          const on = (e.target as HTMLInputElement).checked;
          picked.splice(0, picked.length, ...picked.filter((p) => p !== id), ...(on ? [id] : []));
          renumber();
        },
      },
    });
    return h('label', { class: 'pick' }, box, badge, h('span', { class: 'pick-title' }, label), h('span', { class: 'muted' }, ` — ${detail}`));
  };
  const boxes = library.map((s, i) => pick(s.id, localize(s.title, 'en'), `${s.steps} step${s.steps > 1 ? 's' : ''}, about ${s.minutes} min · ${localize(s.summary, 'en')}`, i === 0));
  const list = h('fieldset', {}, h('legend', {}, 'Scenarios, played in the order you tick them'), ...boxes);
  const fileProblems = h('div', { class: 'error', role: 'alert' });
  const fileInput = h('input', { id: 'own-files', type: 'file', accept: '.json,application/json', multiple: true });
  fileInput.addEventListener('change', async () => {
    const files = [...(fileInput.files ?? [])];
    fileProblems.replaceChildren();
    const read = await readOwnFiles(files);
    const lines: HTMLElement[] = files.length > MAX_CLASS_UPLOADS ? [h('p', {}, `A session takes at most ${MAX_CLASS_UPLOADS} files of your own: the first ${MAX_CLASS_UPLOADS} were read.`)] : [];
    for (const r of read) {
      if (!r.ok) {
        lines.push(h('p', {}, `${r.file} cannot be played:`), h('ul', {}, ...r.problems.map((p) => h('li', {}, p))));
        continue;
      }
      if (library.some((s) => s.id === r.scenario.id)) {
        lines.push(h('p', {}, `${r.upload.file}: the library already has a scenario "${r.scenario.id}"; give yours another id.`));
        continue;
      }
      // A file picked again (a corrected version) replaces the one added before, in its place.
      if (!own.has(r.scenario.id)) {
        list.append(pick(r.scenario.id, localize(r.scenario.title, 'en'), `your file ${r.upload.file}, ${r.scenario.steps.length} step${r.scenario.steps.length > 1 ? 's' : ''}`, true));
        picked.push(r.scenario.id);
      }
      own.set(r.scenario.id, r.upload);
      if (r.warnings.length > 0) lines.push(h('p', { class: 'muted' }, `${r.upload.file} is playable, with ${r.warnings.length === 1 ? 'one warning' : `${r.warnings.length} warnings`}:`), h('ul', { class: 'muted' }, ...r.warnings.map((w) => h('li', {}, w))));
    }
    renumber();
    fileProblems.replaceChildren(...lines);
    fileInput.value = '';
  });
  const ownFiles = h(
    'fieldset',
    {},
    h('legend', {}, 'Your own scenarios'),
    h('label', { for: 'own-files' }, 'Add scenario files (.json) you wrote: they are checked here as the game checks them, and played by this session only.'),
    fileInput,
    fileProblems,
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
    list,
    ownFiles,
    h('fieldset', {}, h('legend', {}, 'Pace'), mode('self-paced', 'Self-paced', 'each trainee plays at their own pace', true), mode('lockstep', 'Lockstep', 'you open each decision for everyone; trainees wait until you do')),
    ...key,
    submit,
    error,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const scenarios = [...picked];
    if (scenarios.length === 0) return void (error.textContent = 'Pick at least one scenario.');
    submit.disabled = true;
    submit.textContent = 'Opening…';
    void classClient()
      .open(
        String(data.get('title') ?? ''),
        scenarios,
        data.get('mode') === 'lockstep' ? 'lockstep' : 'self-paced',
        String(data.get('organiserKey') ?? '') || undefined,
        scenarios.flatMap((id) => own.get(id) ?? []),
      )
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
