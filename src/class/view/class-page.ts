import { featureName } from '../../i18n/debrief';
import { formatCount, labelled, percent, t } from '../../i18n';
import { localize, type Locale } from '../../engine/schema/text';
import { classClient } from '../client/client';
import type { ClassSnapshot } from '../../protocol/class-view';
import { download, given, h, replaceKeepingFocus } from './dom';
import { languagePicker } from './locale';
import { statusText, type Live } from './live';
import {
  answeredAt,
  classRanking,
  formatCode,
  sentimentWords,
  stepStats,
  WRITTEN_ID,
  type AskerStats,
  type StepStats,
} from './model';

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
    private readonly locale: Locale,
  ) {
    root.replaceChildren(languagePicker(locale), this.status, this.body, this.message);
  }

  render({ snapshot, status }: Live): void {
    const locale = this.locale;
    this.status.textContent = statusText(status, locale);
    this.status.dataset.state = status.state;
    document.body.dataset.stream = status.state;
    if (!snapshot) {
      if (status.state === 'refused')
        replaceKeepingFocus(this.body, h('h1', {}, t(locale, 'cv.noClassView')), h('p', {}, status.error));
      return;
    }
    document.title = t(locale, 'cv.viewTitle', { title: snapshot.session.title });
    if (this.scenarioShown < 0 || this.scenarioShown >= snapshot.scenarios.length)
      this.scenarioShown = snapshot.session.mode === 'lockstep' ? snapshot.session.stage.scenario : 0;
    replaceKeepingFocus(
      this.body,
      this.header(snapshot),
      this.controls(snapshot),
      this.scenarios(snapshot),
      this.ranking(snapshot),
    );
  }

  private header(s: ClassSnapshot): HTMLElement {
    const link = joinLink(s.session.joinCode);
    const ended = s.session.status === 'ended';
    const locale = this.locale;
    const [before, after] = t(locale, 'cv.joinHow', { link: '\u0000', joinClass: t(locale, 'joinClass') }).split(
      '\u0000',
    );
    return h(
      'header',
      { class: 'class-header' },
      h(
        'div',
        {},
        h('p', { class: 'eyebrow' }, t(locale, 'cv.eyebrow', { mode: s.session.mode, ended: ended ? 'yes' : 'no' })),
        h('h1', {}, given(s.session.title)),
      ),
      h(
        'div',
        { class: 'join-box', 'aria-label': t(locale, 'cv.howJoin') },
        ended
          ? h('p', {}, t(locale, 'cv.endedNoJoin'))
          : h('p', {}, before ?? '', h('a', { href: link, target: '_blank', rel: 'noopener' }, link), after ?? ''),
        ended
          ? null
          : h(
              'p',
              {
                class: 'code',
                'aria-label': t(locale, 'cv.joinCodeAria', { code: s.session.joinCode.split('').join(' ') }),
              },
              formatCode(s.session.joinCode),
            ),
      ),
      h(
        'section',
        { class: 'trainees', 'aria-label': t(locale, 'cv.trainees') },
        h('h2', {}, t(locale, 'cv.traineesJoined', { n: s.trainees.length })),
        h('ul', { class: 'chips' }, ...s.trainees.map((t) => h('li', {}, given(t.name)))),
      ),
    );
  }

  private controls(s: ClassSnapshot): HTMLElement {
    const items: (HTMLElement | null)[] = [];
    const locale = this.locale;
    if (s.session.mode === 'lockstep') {
      const { scenario, open } = s.session.stage;
      const summary = s.scenarios[scenario];
      const answered = answeredAt(s, scenario);
      const finished = s.answers.filter((a) => a.scenarioIndex === scenario && a.complete).length;
      const waitingFor =
        s.trainees.length > 0 && finished === s.trainees.length
          ? t(locale, 'cv.everyoneDebrief')
          : open > 0
            ? t(locale, 'cv.answeredOf', { a: answered[open - 1] ?? 0, b: s.trainees.length, n: open, finished })
            : t(locale, 'cv.readingBriefing');
      items.push(
        h(
          'p',
          { class: 'stage' },
          t(locale, 'cv.stage', {
            i: scenario + 1,
            total: s.scenarios.length,
            title: summary ? localize(summary.title, locale) : '',
            open,
            waiting: waitingFor,
          }),
        ),
      );
      if (summary && open < summary.depth)
        items.push(
          this.button(
            t(locale, 'cv.openDecision', { n: open + 1, depth: summary.depth }),
            'open-next',
            () => this.api.stage(scenario, open + 1, this.key),
            true,
          ),
        );
      if (scenario + 1 < s.scenarios.length)
        items.push(
          this.button(
            t(locale, 'cv.nextScenario', { title: localize(s.scenarios[scenario + 1]!.title, locale) }),
            'next-scenario',
            () => this.api.stage(scenario + 1, 0, this.key),
            open >= (summary?.depth ?? 0),
          ),
        );
    }
    const presenter = new URL(location.href);
    presenter.searchParams.set('view', 'presenter');
    items.push(
      h(
        'a',
        { class: 'button', href: presenter.href, target: '_blank', rel: 'noopener', 'data-key': 'presenter' },
        t(locale, 'cv.presenterLink'),
      ),
    );
    items.push(
      this.button(t(locale, 'cv.csvDecisions'), 'csv-decisions', () =>
        download('api/class/answers.csv', this.key, 'decisions.csv', locale),
      ),
    );
    items.push(
      this.button(t(locale, 'cv.csvTrainees'), 'csv-trainees', () =>
        download('api/class/trainees.csv', this.key, 'trainees.csv', locale),
      ),
    );
    items.push(
      this.button(t(locale, 'cv.xapi'), 'xapi', () => download('api/class/xapi.json', this.key, 'xapi.json', locale)),
    );
    if (s.session.status === 'open')
      items.push(
        this.button(t(locale, 'cv.end'), 'end', async () => {
          if (!confirm(t(locale, 'cv.endConfirm'))) return null;
          return this.api.end(this.key);
        }),
      );
    return h('nav', { class: 'controls', 'aria-label': t(locale, 'cv.controls') }, ...items);
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
        const error =
          typeof answer === 'string'
            ? answer
            : answer && answer.ok === false
              ? (answer.error ?? t(this.locale, 'cv.serverRefused'))
              : null;
        if (error) this.message.textContent = error;
      });
    });
    return b;
  }

  private scenarios(s: ClassSnapshot): HTMLElement {
    const locale = this.locale;
    const tabs =
      s.scenarios.length > 1
        ? h(
            'div',
            { class: 'tabs', role: 'tablist', 'aria-label': t(locale, 'cv.scenarioTabs') },
            ...s.scenarios.map((sc, i) =>
              h(
                'button',
                {
                  type: 'button',
                  role: 'tab',
                  'aria-selected': String(i === this.scenarioShown),
                  'data-key': `tab-${i}`,
                  on: { click: () => this.showScenario(i) },
                },
                `${i + 1}. ${localize(sc.title, locale)}`,
              ),
            ),
          )
        : null;
    const stats = stepStats(s, this.scenarioShown, locale);
    const answered = stats.filter((st) => st.answered > 0);
    return h(
      'section',
      { class: 'decisions', 'aria-label': t(locale, 'cv.decisionsAria') },
      tabs,
      answered.length === 0 ? h('p', { class: 'muted empty' }, t(locale, 'cv.noAnswers')) : null,
      ...answered.map((st) => this.step(st, s)),
    );
  }

  private last?: Live;
  private showScenario(i: number): void {
    this.scenarioShown = i;
    this.rerender();
  }

  private rerender(): void {
    if (this.last) this.render(this.last);
  }

  /** Keeps the latest picture, to redraw when the instructor changes tab. */
  update(live: Live): void {
    this.last = live;
    this.render(live);
  }

  private step(st: StepStats, s: ClassSnapshot): HTMLElement {
    const locale = this.locale;
    const count = (n: number) => formatCount(n, locale);
    const reaction = (v: number | null) => sentimentWords(v, locale);
    const names = new Map(s.trainees.map((trainee) => [trainee.id, trainee.name]));
    const rows = st.options.map((o) =>
      h(
        'tr',
        { 'data-option': o.id },
        h('th', { scope: 'row' }, o.label),
        h(
          'td',
          { class: 'bar-cell' },
          h('span', { class: 'bar', style: `width: ${Math.round(o.share * 100)}%` }),
          h('span', { class: 'bar-label' }, `${count(o.count)} · ${percent(o.share, locale, 0)}`),
        ),
        h(
          'td',
          { title: t(locale, 'cv.sentimentHint') },
          o.count
            ? t(locale, 'cv.sentiment', {
                reaction: reaction(o.sentiment),
                value: `${o.sentiment! >= 0 ? '+' : '−'}${percent(Math.abs(o.sentiment!), locale, 0)}`,
              })
            : '—',
        ),
        h('td', { class: 'num' }, o.score === null ? '—' : count(o.score)),
      ),
    );
    return h(
      'article',
      { class: 'step', 'aria-labelledby': `step-${st.stepId}` },
      h(
        'h2',
        { id: `step-${st.stepId}` },
        st.title,
        h('span', { class: 'muted' }, ` · ${t(locale, 'cv.answers', { n: st.answered })}`),
      ),
      h('p', { class: 'prompt' }, st.prompt),
      h(
        'table',
        {},
        h('caption', { class: 'sr-only' }, t(locale, 'cv.howChose', { title: st.title })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t(locale, 'cv.colOption')),
            h('th', { scope: 'col' }, t(locale, 'cv.colChosen')),
            h('th', { scope: 'col' }, t(locale, 'cv.colReaction')),
            h('th', { scope: 'col' }, t(locale, 'cv.colScore')),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
      st.written.length
        ? h(
            'ul',
            { class: 'written', 'aria-label': t(locale, 'cv.writtenAria') },
            ...st.written.map((a) =>
              h(
                'li',
                { 'data-answer': a.id },
                h('blockquote', { dir: 'auto' }, given(a.text ?? '')),
                h(
                  'p',
                  { class: 'who' },
                  '— ',
                  given(names.get(a.trainee) ?? t(locale, 'cv.aTrainee')),
                  t(locale, 'cv.scoreAfter', { score: count(a.score), reaction: reaction(a.sentiment) }),
                ),
                a.features?.length
                  ? h(
                      'ul',
                      { class: 'chips features', 'aria-label': t(locale, 'cv.featuresAria') },
                      ...a.features.map((f) =>
                        h(
                          'li',
                          {},
                          f.words.length
                            ? labelled(locale, featureName(f.feature, locale), f.words.join(', '))
                            : featureName(f.feature, locale),
                        ),
                      ),
                    )
                  : h('p', { class: 'muted' }, t(locale, 'cv.noFeature')),
                this.button(t(locale, a.highlighted ? 'cv.onProjector' : 'cv.showProjector'), `hl-${a.id}`, () =>
                  this.api.highlight(a.id, !a.highlighted, this.key),
                ),
              ),
            ),
          )
        : null,
      st.options.some((o) => o.id === WRITTEN_ID) && st.written.length === 0
        ? h('p', { class: 'muted' }, t(locale, 'cv.noWritten'))
        : null,
      st.askers.some((k) => k.reached > 0)
        ? h(
            'section',
            { class: 'thread', 'aria-labelledby': `thread-${st.stepId}` },
            h('h3', { id: `thread-${st.stepId}` }, t(locale, 'cv.threadHeading')),
            ...st.askers.map((k) => this.asker(k, names)),
          )
        : null,
    );
  }

  /** How the class answered one reply that asked: each way counted, then the answers written, each projectable. */
  private asker(k: AskerStats, names: Map<number, string>): HTMLElement {
    const locale = this.locale;
    return h(
      'div',
      { class: 'asker', 'data-asker': k.id },
      h('p', { class: 'who' }, t(locale, 'cv.threadAsked', { author: `${k.author} ${k.handle}` })),
      h('blockquote', { class: 'asked', dir: 'auto' }, k.text),
      h(
        'ul',
        { class: 'chips', 'aria-label': t(locale, 'cv.threadHowAnswered', { author: k.author }) },
        ...k.options
          .filter((o) => o.count > 0 || !o.id.startsWith('@'))
          .map((o) => h('li', { 'data-thread-option': o.id }, labelled(locale, o.label, formatCount(o.count, locale)))),
      ),
      k.written.length
        ? h(
            'ul',
            { class: 'written', 'aria-label': t(locale, 'cv.threadAnswersAria', { author: k.author }) },
            ...k.written.map(({ answer: a, text }) =>
              h(
                'li',
                { 'data-answer': a.id },
                h('blockquote', { dir: 'auto' }, given(text)),
                h('p', { class: 'who' }, '— ', given(names.get(a.trainee) ?? t(locale, 'cv.aTrainee'))),
                this.button(
                  t(locale, a.highlighted ? 'cv.onProjector' : 'cv.showProjector'),
                  `hl-${a.id}-${k.id}`,
                  () => this.api.highlight(a.id, !a.highlighted, this.key),
                ),
              ),
            ),
          )
        : null,
    );
  }

  private ranking(s: ClassSnapshot): HTMLElement {
    const rows = classRanking(s);
    const locale = this.locale;
    return h(
      'section',
      { class: 'ranking', 'aria-labelledby': 'ranking-heading' },
      h('h2', { id: 'ranking-heading' }, t(locale, 'leaderboard')),
      rows.length === 0
        ? h('p', { class: 'muted' }, t(locale, 'cv.noOneJoined'))
        : h(
            'ol',
            {},
            ...rows.map((r) =>
              h(
                'li',
                {},
                h('span', {}, given(r.name)),
                h(
                  'span',
                  { class: 'num' },
                  r.finished
                    ? t(locale, 'cv.rankDone', {
                        score: formatCount(r.score, locale),
                        done: r.finished,
                        total: s.scenarios.length,
                      })
                    : t(locale, 'cv.playing'),
                ),
              ),
            ),
          ),
    );
  }
}
