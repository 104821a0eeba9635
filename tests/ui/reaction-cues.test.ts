import { describe, expect, it } from 'vitest';
import { ReactionCues, type Cue } from '../../scenes/ui/reaction-cues';

const listen = () => {
  const heard: Cue[] = [];
  return { heard, cues: new ReactionCues((c) => heard.push(c)) };
};

describe('the sounds of a reaction', () => {
  it('plays a mention for new replies, but one sound for a burst rather than a buzz', () => {
    const { heard, cues } = listen();
    cues.update(1, 0, 10, 1, 0);
    cues.update(2, 0, 20, 1, 100);
    cues.update(3, 0, 30, 1, 300);
    cues.update(4, 0, 40, 1, 600);
    expect(heard).toEqual(['mention', 'mention']);
  });

  it('plays a burst of likes as the count passes 100, 1,000, 10,000, and only once for each', () => {
    const { heard, cues } = listen();
    cues.update(1, 0, 150, 1, 0);
    cues.update(2, 0, 900, 1, 1000);
    cues.update(3, 0, 25_000, 1, 2000);
    cues.update(4, 0, 26_000, 0, 3000);
    expect(heard).toEqual(['likes', 'mention', 'likes']);
  });

  it('keeps a burst of likes that came too soon for the next moment', () => {
    const { heard, cues } = listen();
    cues.update(1, 0, 0, 1, 0);
    cues.update(1, 0, 200, 0, 100);
    cues.update(1, 0, 200, 0, 500);
    expect(heard).toEqual(['mention', 'likes']);
  });

  it('sounds a backlash once, at once, when angry replies reach a third of those shown', () => {
    const { heard, cues } = listen();
    cues.update(30, 9, 0, 5, 0);
    cues.update(40, 14, 0, 10, 50);
    cues.update(60, 30, 0, 20, 1000);
    expect(heard).toEqual(['mention', 'backlash', 'mention']);
  });

  it('is quiet when nothing arrives', () => {
    const { heard, cues } = listen();
    cues.update(0, 0, 0, 0, 0);
    cues.update(0, 0, 50, 0, 1000);
    expect(heard).toEqual([]);
  });
});
