/** The sounds of a reaction: a new mention, a burst of likes, a backlash. */
export type Cue = 'mention' | 'likes' | 'backlash';

/** The least time between two cues, so a burst of arrivals is one sound, not a buzz. */
const GAP_MS = 450;
const LIKE_MARKS = [100, 1_000, 10_000, 100_000, 1_000_000];

/**
 * Decides which cue a reaction's progress deserves: a backlash once, when
 * angry replies reach a third of those shown (and at least ten); a burst of
 * likes as the count passes 100, 1,000, 10,000…; otherwise a mention for new
 * replies. The strongest wins when several are due at once.
 */
export class ReactionCues {
  private last = -Infinity;
  private backlash = false;
  private likeMark = 0;

  constructor(private readonly play: (cue: Cue) => void) {}

  /** Called as the reaction moves on: replies shown so far, how many are negative, likes so far, replies just arrived, and the real time in ms. */
  update(replies: number, negative: number, likes: number, fresh: number, now: number): void {
    const storm = !this.backlash && negative >= 10 && negative * 3 >= replies;
    const likesDue = this.likeMark < LIKE_MARKS.length && likes >= LIKE_MARKS[this.likeMark]!;
    const cue: Cue | undefined = storm ? 'backlash' : likesDue ? 'likes' : fresh > 0 ? 'mention' : undefined;
    // A backlash is never held back; the others wait for a gap, and a due burst of likes is not lost meanwhile.
    if (!cue || (!storm && now - this.last < GAP_MS)) return;
    this.last = now;
    if (storm) this.backlash = true;
    if (cue === 'likes')
      while (this.likeMark < LIKE_MARKS.length && likes >= LIKE_MARKS[this.likeMark]!) this.likeMark++;
    this.play(cue);
  }
}
