import type Phaser from 'phaser';
import { storeOf } from './registry';

import type { Cue } from './reaction-cues';

/** ZzFX parameters (volume, randomness, frequency, attack, sustain, release, shape, curve, slide, ·, pitch jump, jump time, repeat, noise…). */
const SOUNDS: Record<Cue, (number | undefined)[]> = {
  // biome-ignore-start lint/suspicious/noSparseArray: ZzFX's own notation, as its designer exports sounds: an empty slot takes the default.
  mention: [0.35, 0.02, 1100, 0.004, 0.02, 0.07, 0, 1.6, , , 320, 0.03],
  likes: [0.3, 0.04, 660, 0.006, 0.03, 0.1, 0, 1.2, , , 440, 0.04, 0.06],
  backlash: [0.45, 0.05, 130, 0.03, 0.18, 0.35, 3, 2, -1.5, , , , , 0.35, , 0.2],
  // biome-ignore-end lint/suspicious/noSparseArray: back to plain arrays.
};

/** Cues played in this page, newest last: what the player heard (read by the browser tests). */
export const playedCues: Cue[] = [];

let synth: Promise<typeof import('zzfx')> | undefined;

/**
 * Loads the synthesiser, once. ZzFX opens its audio context as it loads, so
 * this runs when the player turns sound on (a click or a key press, which
 * browsers require before a page makes sound), or at the first cue.
 */
export function prepareSound(): Promise<typeof import('zzfx')> {
  synth ??= import('zzfx');
  return synth;
}

/** Plays a cue if the player turned sound on; never throws (a browser may have no audio). */
export function playCue(scene: Phaser.Scene, cue: Cue): void {
  if (!storeOf(scene).getState().settings.sound) return;
  playedCues.push(cue);
  void prepareSound()
    .then(({ zzfx, ZZFX }) => {
      if (ZZFX.audioContext.state === 'suspended') void ZZFX.audioContext.resume();
      zzfx(...SOUNDS[cue]);
    })
    .catch(() => undefined);
}
