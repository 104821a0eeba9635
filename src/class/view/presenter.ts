import { localize, type Locale } from '../../engine/schema/text';
import type { ClassSnapshot } from '../../protocol/class-view';
import { formatCount, percent, t } from '../../i18n';
import { given, h } from './dom';
import { languagePicker } from './locale';
import { statusText, type Live } from './live';
import { classRanking, formatCode, stepStats } from './model';

/** One screen of the debrief: a decision, what really happened in a scenario, or the final leaderboard. */
type Slide =
  | { kind: 'step'; scenario: number; step: string }
  | { kind: 'outcome'; scenario: number }
  | { kind: 'ranking' };

/** At most this many picked replies on the projector at once: enough to discuss, few enough to read from the back of the room. */
const MAX_REPLIES = 4;

/**
 * The presenter view for a projector: large type, one slide at a time. For
 * each scenario, each decision the class took (the distribution of choices
 * and the replies the instructor picked, without names), then what really
 * happened and the lesson; last, the session's leaderboard. ← and → move.
 */
export class Presenter {
  private index = -1;
  private slides: Slide[] = [];
  private last?: Live;
  private readonly main = h('main', { class: 'slide', 'aria-live': 'polite' });
  private readonly footer = h('footer', { class: 'slide-nav' });
  private readonly status = h('p', { class: 'status', role: 'status' });
  private readonly picker: HTMLElement;

  constructor(
    root: HTMLElement,
    private readonly locale: Locale,
  ) {
    document.body.classList.add('presenting');
    root.replaceChildren(this.status, this.main, this.footer);
    // The picker sits with the slide controls, out of the slide's way.
    this.picker = languagePicker(locale);
    window.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') this.move(1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') this.move(-1);
      else if (e.key === 'Home') this.go(0);
      else if (e.key === 'End') this.go(this.slides.length - 1);
      else return;
      e.preventDefault();
    });
  }

  private move(d: number): void {
    this.go(this.index + d);
  }

  private go(i: number): void {
    this.index = Math.max(0, Math.min(this.slides.length - 1, i));
    if (this.last) this.update(this.last);
  }

  update(live: Live): void {
    this.last = live;
    const { snapshot, status } = live;
    const locale = this.locale;
    this.status.textContent = status.state === 'live' ? '' : statusText(status, locale);
    this.status.dataset.state = status.state;
    document.body.dataset.stream = status.state;
    if (!snapshot)
      return void (
        status.state === 'refused' &&
        this.main.replaceChildren(h('h1', {}, t(locale, 'cv.noPresenter')), h('p', {}, status.error))
      );
    document.title = t(locale, 'cv.presenterTitle', { title: snapshot.session.title });
    this.slides = slidesOf(snapshot, locale);
    // Start where the class is: the lockstep scenario's latest decision, or the first slide.
    if (this.index < 0) {
      const here = this.slides.map((sl, i) =>
        sl.kind === 'step' && sl.scenario === snapshot.session.stage.scenario ? i : -1,
      );
      this.index = Math.max(0, ...here);
    }
    this.index = Math.min(this.index, this.slides.length - 1);
    const slide = this.slides[this.index]!;
    this.main.replaceChildren(...this.draw(slide, snapshot));
    this.footer.replaceChildren(
      h(
        'button',
        {
          type: 'button',
          'aria-label': t(locale, 'cv.prevSlide'),
          on: { click: () => this.move(-1) },
          ...(this.index === 0 ? { disabled: true } : {}),
        },
        '←',
      ),
      h('span', {}, `${this.index + 1} / ${this.slides.length}`),
      h(
        'button',
        {
          type: 'button',
          'aria-label': t(locale, 'cv.nextSlide'),
          on: { click: () => this.move(1) },
          ...(this.index === this.slides.length - 1 ? { disabled: true } : {}),
        },
        '→',
      ),
      h(
        'span',
        { class: 'join-hint' },
        snapshot.session.status === 'open'
          ? t(locale, 'cv.joinCode', { code: formatCode(snapshot.session.joinCode) })
          : '',
      ),
      this.picker,
    );
  }

  private draw(slide: Slide, s: ClassSnapshot): Node[] {
    const locale = this.locale;
    if (slide.kind === 'ranking') {
      const rows = classRanking(s).slice(0, 10);
      return [
        h('p', { class: 'eyebrow' }, given(s.session.title)),
        h('h1', {}, t(locale, 'leaderboard')),
        rows.length
          ? h(
              'ol',
              { class: 'big-ranking' },
              ...rows.map((r) =>
                h(
                  'li',
                  {},
                  h('span', {}, given(r.name)),
                  h('span', { class: 'num' }, r.finished ? formatCount(r.score, locale) : '…'),
                ),
              ),
            )
          : h('p', {}, t(locale, 'cv.noOneJoined')),
      ];
    }
    const scenario = s.scenarios[slide.scenario]!;
    const eyebrow = h(
      'p',
      { class: 'eyebrow' },
      s.scenarios.length > 1
        ? t(locale, 'cv.scenarioTitle', { n: slide.scenario + 1, title: localize(scenario.title, locale) })
        : localize(scenario.title, locale),
    );
    if (slide.kind === 'outcome') {
      return [
        eyebrow,
        h('h1', {}, t(locale, 'whatHappened')),
        h('p', { class: 'outcome' }, localize(scenario.outcome, locale)),
        h('h2', {}, t(locale, 'lesson')),
        h('p', { class: 'lesson' }, localize(scenario.lesson, locale)),
      ];
    }
    const st = stepStats(s, slide.scenario, locale, t(locale, 'cv.ownReply')).find((x) => x.stepId === slide.step)!;
    // The words the instructor put on the projector: replies written, and answers written in the step's thread.
    const quotes = [
      ...st.written.filter((a) => a.highlighted).map((a) => ({ at: a.at, id: a.id, text: a.text ?? '', to: '' })),
      ...st.askers.flatMap((k) =>
        k.written
          .filter((w) => w.answer.highlighted)
          .map((w) => ({ at: w.answer.at, id: w.answer.id, text: w.text, to: k.handle })),
      ),
    ]
      .sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id)
      .slice(-MAX_REPLIES);
    const unpicked = st.written.length + st.askers.reduce((n, k) => n + k.written.length, 0);
    eyebrow.textContent += ` · ${st.title} · ${t(locale, 'cv.answers', { n: st.answered })}`;
    return [
      eyebrow,
      h('h1', {}, st.prompt),
      h(
        'ul',
        { class: 'big-bars', 'aria-label': t(locale, 'cv.howChoseN', { n: st.answered }) },
        ...st.options.map((o) =>
          h(
            'li',
            {},
            h('span', { class: 'label' }, o.label),
            h('span', { class: 'track' }, h('span', { class: 'bar', style: `width: ${Math.round(o.share * 100)}%` })),
            h('span', { class: 'num' }, `${formatCount(o.count, locale)} · ${percent(o.share, locale, 0)}`),
          ),
        ),
      ),
      quotes.length
        ? h(
            'div',
            { class: 'quotes', 'aria-label': t(locale, 'cv.repliesAria') },
            ...quotes.map((q) =>
              h(
                'blockquote',
                { dir: 'auto' },
                ...(q.to ? [h('cite', {}, t(locale, 'cv.threadAnswerTo', { handle: q.to }))] : []),
                given(q.text),
              ),
            ),
          )
        : unpicked
          ? h('p', { class: 'muted' }, t(locale, 'cv.pickReplies', { n: unpicked }))
          : h('span'),
    ];
  }
}

/** The debrief's slides: for each scenario, each decision with answers (in the scenario's order) and its outcome; then the leaderboard. */
export function slidesOf(s: ClassSnapshot, locale: Locale): Slide[] {
  const slides: Slide[] = [];
  s.scenarios.forEach((_, scenario) => {
    const steps = stepStats(s, scenario, locale).filter((st) => st.answered > 0);
    for (const st of steps) slides.push({ kind: 'step', scenario, step: st.stepId });
    slides.push({ kind: 'outcome', scenario });
  });
  slides.push({ kind: 'ranking' });
  return slides;
}
