import LZString from 'lz-string';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { play } from '../../src/engine';
import { decodeReplayLink, MAX_LINK_DATA, replayLink } from '../../src/replay-links/replay-link';
import { loadFile, runOf } from '../engine/support/scenarios';

const BASE = 'https://brandstorm.example/';
const rippon = loadFile('scenarios/rippon-kondo.json');

/** A link whose data unpacks to `text`. */
const linkOf = (text: string) => {
  const data = LZString.compressToEncodedURIComponent(text);
  return `${BASE}#replay=1.${data.length}.${data}`;
};

afterEach(() => vi.restoreAllMocks());

describe('replay links of hostile size', () => {
  it('are measured before they are unpacked', () => {
    const unpack = vi.spyOn(LZString, 'decompressFromEncodedURIComponent');
    const data = 'A'.repeat(MAX_LINK_DATA + 1);
    expect(() => decodeReplayLink(`${BASE}#replay=1.${data.length}.${data}`)).toThrow(
      /longer than any link Brandstorm makes/,
    );
    expect(unpack).not.toHaveBeenCalled();
  });

  it('refuse a short link that unpacks to a huge run, even one that is otherwise valid', () => {
    // 2,260 characters that unpack to a million.
    const bomb = linkOf('a'.repeat(1_000_000));
    expect(bomb.length).toBeLessThan(2_400);
    expect(() => decodeReplayLink(bomb)).toThrow(/longer than any link Brandstorm makes/);

    // A real run, padded with a megabyte of white space that JSON allows and the checksum does not see.
    const transcript = runOf(rippon, 'witty');
    const real = replayLink(BASE, transcript, 7, play(rippon, transcript, 7));
    const data = real.split('.').slice(2).join('.');
    const padded = linkOf(`${LZString.decompressFromEncodedURIComponent(data)}${' '.repeat(1_000_000)}`);
    expect(() => decodeReplayLink(padded)).toThrow(/longer than any link Brandstorm makes/);
    // The same run, as shared, still opens.
    expect(decodeReplayLink(real)[1]).toBe('rippon-kondo');
  });
});
