import { localize } from '../engine/schema/text';
import type { ClassSnapshot } from '../protocol/class-view';
import { count, given, h } from './dom';
import { statusText, type Live } from './live';
import { classRanking, formatCode, stepStats } from './model';

/** One screen of the debrief: a decision, what really happened in a scenario, or the final leaderboard. */
type Slide = { kind: 'step'; scenario: number; step: string } | { kind: 'outcome'; scenario: number } | { kind: 'ranking' };

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

  constructor(root: HTMLElement) {
    document.body.classList.add('presenting');
    root.replaceChildren(this.status, this.main, this.footer);
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
    this.status.textContent = status.state === 'live' ? '' : statusText(status);
    this.status.dataset.state = status.state;
    document.body.dataset.stream = status.state;
    if (!snapshot) return void (status.state === 'refused' && this.main.replaceChildren(h('h1', {}, 'This link opens no presenter view'), h('p', {}, status.error)));
    document.title = `${snapshot.session.title} · Presenter · Brandstorm`;
    this.slides = slidesOf(snapshot);
    // Start where the class is: the lockstep scenario's latest decision, or the first slide.
    if (this.index < 0) {
      const here = this.slides.map((sl, i) => (sl.kind === 'step' && sl.scenario === snapshot.session.stage.scenario ? i : -1));
      this.index = Math.max(0, ...here);
    }
    this.index = Math.min(this.index, this.slides.length - 1);
    const slide = this.slides[this.index]!;
    this.main.replaceChildren(...this.draw(slide, snapshot));
    this.footer.replaceChildren(
      h('button', { type: 'button', 'aria-label': 'Previous slide', on: { click: () => this.move(-1) }, ...(this.index === 0 ? { disabled: true } : {}) }, '←'),
      h('span', {}, `${this.index + 1} / ${this.slides.length}`),
      h('button', { type: 'button', 'aria-label': 'Next slide', on: { click: () => this.move(1) }, ...(this.index === this.slides.length - 1 ? { disabled: true } : {}) }, '→'),
      h('span', { class: 'join-hint' }, snapshot.session.status === 'open' ? `Join: ${formatCode(snapshot.session.joinCode)}` : ''),
    );
  }

  private draw(slide: Slide, s: ClassSnapshot): Node[] {
    if (slide.kind === 'ranking') {
      const rows = classRanking(s).slice(0, 10);
      return [
        h('p', { class: 'eyebrow' }, given(s.session.title)),
        h('h1', {}, 'Leaderboard'),
        rows.length ? h('ol', { class: 'big-ranking' }, ...rows.map((r) => h('li', {}, h('span', {}, given(r.name)), h('span', { class: 'num' }, r.finished ? count(r.score) : '…')))) : h('p', {}, 'No one has joined yet.'),
      ];
    }
    const scenario = s.scenarios[slide.scenario]!;
    const eyebrow = h('p', { class: 'eyebrow' }, `${s.scenarios.length > 1 ? `Scenario ${slide.scenario + 1} · ` : ''}${localize(scenario.title, 'en')}`);
    if (slide.kind === 'outcome') {
      return [eyebrow, h('h1', {}, 'What really happened'), h('p', { class: 'outcome' }, localize(scenario.outcome, 'en')), h('h2', {}, 'The lesson'), h('p', { class: 'lesson' }, localize(scenario.lesson, 'en'))];
    }
    const st = stepStats(s, slide.scenario, 'en', 'A reply of their own').find((x) => x.stepId === slide.step)!;
    const picked = st.written.filter((a) => a.highlighted).slice(-MAX_REPLIES);
    eyebrow.textContent += ` · ${st.title} · ${st.answered} answer${st.answered === 1 ? '' : 's'}`;
    return [
      eyebrow,
      h('h1', {}, st.prompt),
      h(
        'ul',
        { class: 'big-bars', 'aria-label': `How the class chose: ${st.answered} answers` },
        ...st.options.map((o) =>
          h('li', {}, h('span', { class: 'label' }, o.label), h('span', { class: 'track' }, h('span', { class: 'bar', style: `width: ${Math.round(o.share * 100)}%` })), h('span', { class: 'num' }, `${o.count} · ${Math.round(o.share * 100)}%`)),
        ),
      ),
      picked.length
        ? h('div', { class: 'quotes', 'aria-label': 'Replies from the class' }, ...picked.map((a) => h('blockquote', { dir: 'auto' }, given(a.text ?? ''))))
        : st.written.length
          ? h('p', { class: 'muted' }, `${st.written.length} written repl${st.written.length === 1 ? 'y' : 'ies'}: pick some in the class view to show them here.`)
          : h('span'),
    ];
  }
}

/** The debrief's slides: for each scenario, each decision with answers (in the scenario's order) and its outcome; then the leaderboard. */
export function slidesOf(s: ClassSnapshot): Slide[] {
  const slides: Slide[] = [];
  s.scenarios.forEach((_, scenario) => {
    const steps = stepStats(s, scenario, 'en').filter((st) => st.answered > 0);
    for (const st of steps) slides.push({ kind: 'step', scenario, step: st.stepId });
    slides.push({ kind: 'outcome', scenario });
  });
  slides.push({ kind: 'ranking' });
  return slides;
}
