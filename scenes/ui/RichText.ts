import type Phaser from 'phaser';
import { pieces, RIGHT_TO_LEFT, type Piece } from './post-text';
import { COLORS, FONT, textStyle } from './theme';

interface Word {
  text: string;
  kind: Piece['kind'];
  width: number;
}

let canvas: CanvasRenderingContext2D | null | undefined;
/** A canvas context to measure words with, as Phaser's texts are measured. */
function measurer(): CanvasRenderingContext2D | null {
  if (canvas === undefined) canvas = document.createElement('canvas').getContext('2d');
  return canvas;
}

const spacing = new Map<number, { first: number; step: number }>();
/** The height of one line and the distance between lines of a text of this size, read off Phaser itself. */
function lineMetrics(scene: Phaser.Scene, size: number): { first: number; step: number } {
  let m = spacing.get(size);
  if (!m) {
    const one = scene.add.text(0, 0, 'Hg', textStyle(size));
    const two = scene.add.text(0, 0, 'Hg\nHg', textStyle(size));
    m = { first: one.height, step: two.height - one.height };
    one.destroy();
    two.destroy();
    spacing.set(size, m);
  }
  return m;
}

/**
 * A post's text at (x, y), wrapped to `wrap`, with its @mentions, #hashtags
 * and links in the accent colour, as on a real feed. Lines are broken word
 * by word and drawn as runs of one colour. Text written right to left, or
 * with nothing to highlight, is one plain text object, wrapped by Phaser.
 */
export function addPostText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  size: number,
  wrap: number,
): { objects: Phaser.GameObjects.Text[]; height: number } {
  const parts = pieces(text);
  const ctx = measurer();
  if (!ctx || RIGHT_TO_LEFT.test(text) || parts.every((p) => p.kind === 'plain')) {
    const plain = scene.add.text(x, y, text, textStyle(size, { wrap }));
    return { objects: [plain], height: plain.height };
  }
  ctx.font = `400 ${size}px ${FONT}`;
  const measure = (s: string) => ctx.measureText(s).width;

  // Lines of words (spaces kept as words of their own, dropped at the ends of a line).
  const lines: Word[][] = [[]];
  let lineWidth = 0;
  const newLine = () => {
    lines.push([]);
    lineWidth = 0;
  };
  for (const part of parts) {
    for (const token of part.text.split(/(\n|[^\S\n]+)/u)) {
      if (!token) continue;
      if (token === '\n') {
        newLine();
        continue;
      }
      const blank = /^\s+$/u.test(token);
      if (blank && lineWidth === 0) continue;
      let width = measure(token);
      if (!blank && lineWidth > 0 && lineWidth + width > wrap) newLine();
      // A word longer than a whole line (a long link) is cut where it must be.
      let rest = token;
      while (!blank && width > wrap && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > wrap - lineWidth) cut--;
        lines.at(-1)!.push({ text: rest.slice(0, cut), kind: part.kind, width: measure(rest.slice(0, cut)) });
        newLine();
        rest = rest.slice(cut);
        width = measure(rest);
      }
      lines.at(-1)!.push({ text: rest, kind: part.kind, width });
      lineWidth += width;
    }
  }

  const { first, step } = lineMetrics(scene, size);
  const objects: Phaser.GameObjects.Text[] = [];
  lines.forEach((words, i) => {
    while (words.length && /^\s+$/u.test(words.at(-1)!.text)) words.pop();
    let wx = x;
    // Words of one colour in a row are drawn as one text.
    for (let j = 0; j < words.length; ) {
      const kind = words[j]!.kind;
      let run = '';
      let width = 0;
      for (; j < words.length && words[j]!.kind === kind; j++) {
        run += words[j]!.text;
        width += words[j]!.width;
      }
      objects.push(
        scene.add.text(
          wx,
          y + i * step,
          run,
          textStyle(size, { color: kind === 'plain' ? COLORS.text : COLORS.accentText }),
        ),
      );
      wx += width;
    }
  });
  return { objects, height: first + (lines.length - 1) * step };
}
