import { featureName } from '../i18n/debrief';
import { localize } from '../engine/schema/text';
import { classClient } from '../classroom/client';
import type { ClassSnapshot } from '../protocol/class-view';
import { count, download, given, h, replaceKeepingFocus } from './dom';
import { statusText, type Live } from './live';
import { answeredAt, classRanking, formatCode, sentimentWords, stepStats, WRITTEN_ID, type StepStats } from './model';

/** The link trainees open: the game, with the code filled in. */
export const joinLink = (code: string) => new URL(`./?class=${code}`, location.href).href;

/**
 * The instructor's class view: where trainees join, who has joined, how the
 * class chose at every decision (live), the controls of a lockstep session,
 * the presenter view and the exports.
 */
export class ClassPage {
  private readonly api = classClient();
  private readonly message = h('p', { class: 'message', role: 'status' });
  private readonly body = h('div');
  private readonly status = h('p', { class: 'status', role: 'status' });
  private scenarioShown = -1;

  constructor(
    root: HTMLElement,
    private readonly key: string,
  ) {
    root.replaceChildren(this.status, this.body, this.message);
  }

  render({ snapshot, status }: Live): void {
    this.status.textContent = statusText(status);
    this.status.dataset.state = status.state;
    document.body.dataset.stream = status.state;
    if (!snapshot) {
      if (status.state === 'refused') replaceKeepingFocus(this.body, h('h1', {}, 'This link opens no class view'), h('p', {}, status.error));
      return;
    }
    document.title = `${snapshot.session.title} · Class view · Brandstorm`;
    if (this.scenarioShown < 0 || this.scenarioShown >= snapshot.scenarios.length) this.scenarioShown = snapshot.session.mode === 'lockstep' ? snapshot.session.stage.scenario : 0;
    replaceKeepingFocus(this.body, this.header(snapshot), this.controls(snapshot), this.scenarios(snapshot), this.ranking(snapshot));
  }

  private header(s: ClassSnapshot): HTMLElement {
    const link = joinLink(s.session.joinCode);
    const ended = s.session.status === 'ended';
    return h(
      'header',
      { class: 'class-header' },
      h('div', {}, h('p', { class: 'eyebrow' }, `Class view · ${s.session.mode === 'lockstep' ? 'lockstep' : 'self-paced'}${ended ? ' · ended' : ''}`), h('h1', {}, given(s.session.title))),
      h(
        'div',
        { class: 'join-box', 'aria-label': 'How trainees join' },
        ended
          ? h('p', {}, 'The session has ended: no one can join any more.')
          : h('p', {}, 'Trainees open ', h('a', { href: link, target: '_blank', rel: 'noopener' }, link), ' or choose “Join a class” in the game and type'),
        ended ? null : h('p', { class: 'code', 'aria-label': `join code ${s.session.joinCode.split('').join(' ')}` }, formatCode(s.session.joinCode)),
      ),
      h(
        'section',
        { class: 'trainees', 'aria-label': 'Trainees' },
        h('h2', {}, `${s.trainees.length} trainee${s.trainees.length === 1 ? '' : 's'} joined`),
        h('ul', { class: 'chips' }, ...s.trainees.map((t) => h('li', {}, given(t.name)))),
      ),
    );
  }

  private controls(s: ClassSnapshot): HTMLElement {
    const items: (HTMLElement | null)[] = [];
    if (s.session.mode === 'lockstep') {
      const { scenario, open } = s.session.stage;
      const summary = s.scenarios[scenario];
      const answered = answeredAt(s, scenario);
      const finished = s.answers.filter((a) => a.scenarioIndex === scenario && a.complete).length;
      const waitingFor =
        s.trainees.length > 0 && finished === s.trainees.length
          ? 'everyone has reached the debrief'
          : open > 0
            ? `${answered[open - 1] ?? 0} of ${s.trainees.length} answered decision ${open}${finished ? ` (${finished} finished the scenario)` : ''}`
            : 'trainees are reading the briefing';
      items.push(h('p', { class: 'stage' }, `Scenario ${scenario + 1} of ${s.scenarios.length}: ${summary ? localize(summary.title, 'en') : ''} · ${open === 0 ? 'briefing' : `decision ${open} open`} · ${waitingFor}`));
      if (summary && open < summary.depth) items.push(this.button(`Open decision ${open + 1}${summary.depth > 1 ? ` of up to ${summary.depth}` : ''}`, 'open-next', () => this.api.stage(scenario, open + 1, this.key), true));
      if (scenario + 1 < s.scenarios.length) items.push(this.button(`Next scenario: ${localize(s.scenarios[scenario + 1]!.title, 'en')}`, 'next-scenario', () => this.api.stage(scenario + 1, 0, this.key), open >= (summary?.depth ?? 0)));
    }
    const presenter = new URL(location.href);
    presenter.searchParams.set('view', 'presenter');
    items.push(h('a', { class: 'button', href: presenter.href, target: '_blank', rel: 'noopener', 'data-key': 'presenter' }, 'Presenter view ↗'));
    items.push(this.button('Decisions (CSV)', 'csv-decisions', () => download('api/class/answers.csv', this.key, 'decisions.csv')));
    items.push(this.button('Trainees (CSV)', 'csv-trainees', () => download('api/class/trainees.csv', this.key, 'trainees.csv')));
    items.push(this.button('xAPI statements (JSON)', 'xapi', () => download('api/class/xapi.json', this.key, 'xapi.json')));
    if (s.session.status === 'open')
      items.push(
        this.button('End the session', 'end', async () => {
          if (!confirm('End the session? No one will be able to join; answers already made still arrive.')) return null;
          return this.api.end(this.key);
        }),
      );
    return h('nav', { class: 'controls', 'aria-label': 'Session controls' }, ...items);
  }

  /** A button that runs an action and shows its error, if any, in the message line. */
  private button(label: string, key: string, action: () => Promise<unknown>, primary = false): HTMLButtonElement {
    const b = h('button', { type: 'button', 'data-key': key, class: primary ? 'primary' : '' }, label);
    b.addEventListener('click', () => {
      b.disabled = true;
      this.message.textContent = '';
      void action().then((r) => {
        b.disabled = false;
        const answer = r as { ok?: boolean; error?: string } | string | null;
        const error = typeof answer === 'string' ? answer : answer && answer.ok === false ? (answer.error ?? 'the server refused') : null;
        if (error) this.message.textContent = error;
      });
    });
    return b;
  }

  private scenarios(s: ClassSnapshot): HTMLElement {
    const tabs =
      s.scenarios.length > 1
        ? h(
            'div',
            { class: 'tabs', role: 'tablist', 'aria-label': 'Scenarios' },
            ...s.scenarios.map((sc, i) =>
              h('button', { type: 'button', role: 'tab', 'aria-selected': String(i === this.scenarioShown), 'data-key': `tab-${i}`, on: { click: () => ((this.scenarioShown = i), this.rerender()) } }, `${i + 1}. ${localize(sc.title, 'en')}`),
            ),
          )
        : null;
    const stats = stepStats(s, this.scenarioShown, 'en');
    const answered = stats.filter((st) => st.answered > 0);
    return h(
      'section',
      { class: 'decisions', 'aria-label': 'The class at each decision' },
      tabs,
      answered.length === 0 ? h('p', { class: 'muted empty' }, 'No answers yet: they appear here as trainees make them.') : null,
      ...answered.map((st) => this.step(st, s)),
    );
  }

  private last?: Live;
  private rerender(): void {
    if (this.last) this.render(this.last);
  }

  /** Keeps the latest picture, to redraw when the instructor changes tab. */
  update(live: Live): void {
    this.last = live;
    this.render(live);
  }

  private step(st: StepStats, s: ClassSnapshot): HTMLElement {
    const names = new Map(s.trainees.map((t) => [t.id, t.name]));
    const rows = st.options.map((o) =>
      h(
        'tr',
        { 'data-option': o.id },
        h('th', { scope: 'row' }, o.label),
        h('td', { class: 'bar-cell' }, h('span', { class: 'bar', style: `width: ${Math.round(o.share * 100)}%` }), h('span', { class: 'bar-label' }, `${o.count} · ${Math.round(o.share * 100)}%`)),
        h('td', { title: 'Approving minus angry reactions, as a share of all reactions to this reply' }, o.count ? `${sentimentWords(o.sentiment)} (net ${o.sentiment! >= 0 ? '+' : '−'}${Math.abs(Math.round(o.sentiment! * 100))}%)` : '—'),
        h('td', { class: 'num' }, o.score === null ? '—' : count(o.score)),
      ),
    );
    return h(
      'article',
      { class: 'step', 'aria-labelledby': `step-${st.stepId}` },
      h('h2', { id: `step-${st.stepId}` }, st.title, h('span', { class: 'muted' }, ` · ${st.answered} answer${st.answered === 1 ? '' : 's'}`)),
      h('p', { class: 'prompt' }, st.prompt),
      h(
        'table',
        {},
        h('caption', { class: 'sr-only' }, `How the class chose at “${st.title}”`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Option'), h('th', { scope: 'col' }, 'Chosen by'), h('th', { scope: 'col' }, 'Audience reaction'), h('th', { scope: 'col' }, 'Mean score after'))),
        h('tbody', {}, ...rows),
      ),
      st.written.length
        ? h(
            'ul',
            { class: 'written', 'aria-label': 'Replies written by trainees' },
            ...st.written.map((a) =>
              h(
                'li',
                { 'data-answer': a.id },
                h('blockquote', { dir: 'auto' }, given(a.text ?? '')),
                h('p', { class: 'who' }, '— ', given(names.get(a.trainee) ?? 'a trainee'), ` · score after ${count(a.score)} · audience ${sentimentWords(a.sentiment)}`),
                a.features?.length ? h('ul', { class: 'chips features', 'aria-label': 'What the analyser found' }, ...a.features.map((f) => h('li', {}, `${featureName(f.feature, 'en')}${f.words.length ? `: ${f.words.join(', ')}` : ''}`))) : h('p', { class: 'muted' }, 'The analyser found no feature in it.'),
                this.button(a.highlighted ? '✓ On the projector (remove)' : 'Show on the projector', `hl-${a.id}`, () => this.api.highlight(a.id, !a.highlighted, this.key)),
              ),
            ),
          )
        : null,
      st.options.some((o) => o.id === WRITTEN_ID) && st.written.length === 0 ? h('p', { class: 'muted' }, 'No written reply yet.') : null,
    );
  }

  private ranking(s: ClassSnapshot): HTMLElement {
    const rows = classRanking(s);
    return h(
      'section',
      { class: 'ranking', 'aria-labelledby': 'ranking-heading' },
      h('h2', { id: 'ranking-heading' }, 'Leaderboard'),
      rows.length === 0
        ? h('p', { class: 'muted' }, 'No one has joined yet.')
        : h('ol', {}, ...rows.map((r) => h('li', {}, h('span', {}, given(r.name)), h('span', { class: 'num' }, r.finished ? `${count(r.score)} (${r.finished}/${s.scenarios.length} done)` : 'playing…')))),
    );
  }
}
