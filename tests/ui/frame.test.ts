import { describe, expect, it } from 'vitest';
import { frameFor, needsRelayout } from '../../scenes/ui/frame';

describe('the frame a window gets', () => {
  it('gives a phone one column, drawn at about its own pixels', () => {
    const phone = frameFor(360, 640);
    expect(phone.narrow).toBe(true);
    expect(phone.width).toBe(400);
    expect(phone.zoom).toBeCloseTo(0.9);
    // The window shows 640 CSS pixels, that is 711 logical ones: the rest scrolls.
    expect(phone.height).toBeCloseTo(640 / 0.9);
  });

  it('gives a tablet held upright one column too, zoomed up rather than stretched wide', () => {
    const tablet = frameFor(768, 1024);
    expect(tablet.narrow).toBe(true);
    expect(tablet.width).toBe(520);
    expect(tablet.zoom).toBeCloseTo(768 / 520);
  });

  it('fits the 1280×720 stage in a wide window, at twice the pixels on a 2560×1440 screen', () => {
    expect(frameFor(1280, 720)).toMatchObject({ narrow: false, width: 1280, zoom: 1, height: 720 });
    expect(frameFor(2560, 1440)).toMatchObject({ narrow: false, width: 1280, zoom: 2, height: 720 });
    // A 4:3 window: the stage fits its width and the window shows more height (the stage is centred in it).
    const square = frameFor(1024, 768);
    expect(square.zoom).toBeCloseTo(0.8);
    expect(square.height).toBeCloseTo(960);
  });

  it('lays scenes out again only when the column changes, not when a wide window is resized', () => {
    expect(needsRelayout(frameFor(1280, 720), frameFor(1920, 1080))).toBe(false);
    expect(needsRelayout(frameFor(1280, 720), frameFor(360, 640))).toBe(true);
    expect(needsRelayout(frameFor(360, 640), frameFor(360, 560))).toBe(false);
  });
});

describe('the frame at a larger text size', () => {
  it('keeps the wide stage where the window can draw it at least that large', () => {
    expect(frameFor(2560, 1440, 1.5)).toMatchObject({ narrow: false, width: 1280, zoom: 2 });
    expect(frameFor(1920, 1080, 1.5)).toMatchObject({ narrow: false, zoom: 1.5 });
  });

  it('reflows a smaller window into the column, drawn at the text size and no wider than the window', () => {
    for (const scale of [1.25, 1.5]) {
      const f = frameFor(1280, 720, scale);
      expect(f.narrow).toBe(true);
      expect(f.zoom).toBe(scale);
      expect(f.width * f.zoom).toBeLessThanOrEqual(1280);
      // The window shows fewer logical pixels: the rest scrolls.
      expect(f.height).toBeCloseTo(720 / scale);
    }
  });

  it('leaves the base size as it was, and a phone its full-width column', () => {
    expect(frameFor(1024, 768, 1)).toEqual(frameFor(1024, 768));
    expect(frameFor(1024, 768, 1).narrow).toBe(false);
    expect(frameFor(360, 640, 1.5)).toMatchObject({ narrow: true, width: 400, zoom: 0.9 });
    expect(frameFor(768, 1024, 1.5)).toMatchObject({ narrow: true, width: 512, zoom: 1.5 });
  });
});
