import { describe, expect, it } from 'vitest';
import { pieces } from '../../scenes/ui/post-text';

const kinds = (text: string) =>
  pieces(text)
    .filter((p) => p.kind !== 'plain')
    .map((p) => [p.kind, p.text]);

describe("a post's text as a feed highlights it", () => {
  it('finds @mentions, #hashtags and links, and gives the text back unchanged', () => {
    const text = "@Adaripp We'd tell you which organs spark joy 😉 #KonMari https://netflix.com/kondo.";
    expect(kinds(text)).toEqual([
      ['mention', '@Adaripp'],
      ['hashtag', '#KonMari'],
      ['link', 'https://netflix.com/kondo'],
    ]);
    expect(
      pieces(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('reads tags and handles in French and Italian words', () => {
    expect(kinds('Merci @Amélie_B pour #LaCasaDePapel, à très vite')).toEqual([
      ['mention', '@Amélie_B'],
      ['hashtag', '#LaCasaDePapel'],
    ]);
    expect(kinds('Grazie @giulia.rossi! #perché')).toEqual([
      ['mention', '@giulia'],
      ['hashtag', '#perché'],
    ]);
  });

  it('leaves e-mail addresses, C# and plain text alone', () => {
    expect(kinds('Write to help@brand.com about C# jobs')).toEqual([]);
    expect(pieces('Just words.')).toEqual([{ text: 'Just words.', kind: 'plain' }]);
    expect(pieces('')).toEqual([]);
  });

  it('keeps a sentence’s closing punctuation out of a link', () => {
    expect(kinds('See www.example.org/page), now')).toEqual([['link', 'www.example.org/page']]);
  });
});
