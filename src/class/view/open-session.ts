import { localize, type Locale, type Text } from '../../engine/schema/text';
import { classClient } from '../client/client';
import { t } from '../../i18n';
import { refusalText } from '../../i18n/refusals';
import { h } from './dom';
import { readOwnFiles } from './own-files';
import { MAX_CLASS_UPLOADS, type ScenarioUpload } from '../../protocol/uploads';
import { languagePicker } from './locale';

interface LibraryEntry {
  id: string;
  title: Text;
  summary: Text;
  steps: number;
  minutes: number;
}

/** The form that opens a session: a title, the scenarios to play in order (the library's and the instructor's own files), and the pace. */
export async function showOpenForm(root: HTMLElement, locale: Locale, onOpened: (key: string) => void): Promise<void> {
  root.replaceChildren(h('p', { class: 'muted' }, t(locale, 'loading')));
  let library: LibraryEntry[];
  let keyAsked = false;
  try {
    const res = await fetch('api/class/library');
    if (!res.ok) throw new Error(refusalText(locale, await res.json().catch(() => null), res.status));
    ({ scenarios: library, organiserKey: keyAsked = false } = (await res.json()) as {
      scenarios: LibraryEntry[];
      organiserKey?: boolean;
    });
  } catch (err) {
    root.replaceChildren(
      h('p', { class: 'error', role: 'alert' }, t(locale, 'cv.libraryFailed', { error: (err as Error).message })),
    );
    return;
  }
  const error = h('p', { class: 'error', role: 'alert' });
  const title = h('input', {
    id: 'session-title',
    name: 'title',
    maxlength: 80,
    required: true,
    value: t(locale, 'cv.defaultTitle'),
    autocomplete: 'off',
  });
  // Played in the order ticked, not the list's order: the number beside each box says where it comes.
  const picked: string[] = library.length > 0 ? [library[0]!.id] : [];
  const own = new Map<string, ScenarioUpload>();
  const order = new Map<string, HTMLElement>();
  const renumber = () => {
    for (const [id, badge] of order) badge.textContent = picked.includes(id) ? String(picked.indexOf(id) + 1) : '';
  };
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
    return h(
      'label',
      { class: 'pick' },
      box,
      badge,
      h('span', { class: 'pick-title' }, label),
      h('span', { class: 'muted' }, detail),
    );
  };
  const boxes = library.map((s, i) =>
    pick(
      s.id,
      localize(s.title, locale),
      t(locale, 'cv.pickDetail', { n: s.steps, minutes: s.minutes, summary: localize(s.summary, locale) }),
      i === 0,
    ),
  );
  const list = h('fieldset', {}, h('legend', {}, t(locale, 'cv.scenariosOrder')), ...boxes);
  const fileProblems = h('div', { class: 'error', role: 'alert' });
  const fileInput = h('input', { id: 'own-files', type: 'file', accept: '.json,application/json', multiple: true });
  fileInput.addEventListener('change', async () => {
    const files = [...(fileInput.files ?? [])];
    fileProblems.replaceChildren();
    const read = await readOwnFiles(files, locale);
    const lines: HTMLElement[] =
      files.length > MAX_CLASS_UPLOADS ? [h('p', {}, t(locale, 'cv.tooManyFiles', { n: MAX_CLASS_UPLOADS }))] : [];
    for (const r of read) {
      if (!r.ok) {
        lines.push(
          h('p', {}, t(locale, 'cv.fileCannotPlay', { file: r.file })),
          h('ul', {}, ...r.problems.map((p) => h('li', {}, p))),
        );
        continue;
      }
      if (library.some((s) => s.id === r.scenario.id)) {
        lines.push(h('p', {}, t(locale, 'cv.fileIdTaken', { file: r.upload.file, id: r.scenario.id })));
        continue;
      }
      // A file picked again (a corrected version) replaces the one added before, in its place.
      if (!own.has(r.scenario.id)) {
        list.append(
          pick(
            r.scenario.id,
            localize(r.scenario.title, locale),
            t(locale, 'cv.yourFile', { file: r.upload.file, n: r.scenario.steps.length }),
            true,
          ),
        );
        picked.push(r.scenario.id);
      }
      own.set(r.scenario.id, r.upload);
      if (r.warnings.length > 0)
        lines.push(
          h('p', { class: 'muted' }, t(locale, 'cv.filePlayable', { file: r.upload.file, n: r.warnings.length })),
          h('ul', { class: 'muted' }, ...r.warnings.map((w) => h('li', {}, w))),
        );
    }
    renumber();
    fileProblems.replaceChildren(...lines);
    fileInput.value = '';
  });
  const ownFiles = h(
    'fieldset',
    {},
    h('legend', {}, t(locale, 'cv.ownFiles')),
    h('label', { for: 'own-files' }, t(locale, 'cv.ownFilesHelp')),
    fileInput,
    fileProblems,
  );
  const mode = (value: string, label: string, detail: string, checked = false) =>
    h(
      'label',
      { class: 'pick' },
      h('input', { type: 'radio', name: 'mode', value, ...(checked ? { checked: true } : {}) }),
      h('span', { class: 'pick-title' }, label),
      h('span', { class: 'muted' }, ` — ${detail}`),
    );
  // A server on a network may ask for the organiser key its administrator gave out.
  const key = keyAsked
    ? [
        h('label', { for: 'organiser-key' }, t(locale, 'cv.organiserKey')),
        h('input', {
          id: 'organiser-key',
          name: 'organiserKey',
          type: 'password',
          required: true,
          autocomplete: 'current-password',
        }),
      ]
    : [];
  const submit = h('button', { type: 'submit', class: 'primary' }, t(locale, 'cv.openSubmit'));
  const form = h(
    'form',
    { class: 'open-form', 'aria-labelledby': 'open-heading' },
    languagePicker(locale),
    h('h1', { id: 'open-heading' }, t(locale, 'cv.openHeading')),
    h('p', { class: 'muted' }, t(locale, 'cv.openIntro')),
    h('label', { for: 'session-title' }, t(locale, 'cv.title')),
    title,
    list,
    ownFiles,
    h(
      'fieldset',
      {},
      h('legend', {}, t(locale, 'cv.pace')),
      mode('self-paced', t(locale, 'cv.selfPaced'), t(locale, 'cv.selfPacedDetail'), true),
      mode('lockstep', t(locale, 'cv.lockstep'), t(locale, 'cv.lockstepDetail')),
    ),
    ...key,
    submit,
    error,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const scenarios = [...picked];
    if (scenarios.length === 0) {
      error.textContent = t(locale, 'cv.pickOne');
      return;
    }
    submit.disabled = true;
    submit.textContent = t(locale, 'cv.opening');
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
        submit.textContent = t(locale, 'cv.openSubmit');
        if (!answer.ok) {
          error.textContent = answer.kind === 'offline' ? t(locale, 'cv.offline') : answer.error;
          return;
        }
        onOpened(answer.value.instructorToken);
      });
  });
  root.replaceChildren(form);
  title.focus();
}
