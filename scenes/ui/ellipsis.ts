import type Phaser from 'phaser';

/** Shortens a one-line text with "…" until it fits the width, so a long name is cut visibly, never clipped. */
export function ellipsize(text: Phaser.GameObjects.Text, maxWidth: number): Phaser.GameObjects.Text {
  if (text.width <= maxWidth) return text;
  const chars = [...text.text];
  // The layout report tells a shortened text from one that ends in "…" by itself.
  text.setData('ellipsized', true);
  // Halve the search space instead of trying every length: names can be long.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    text.setText(`${chars.slice(0, mid).join('').trimEnd()}…`);
    if (text.width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return text.setText(`${chars.slice(0, lo).join('').trimEnd()}…`);
}
