/** ZzFX ships JavaScript only; these are the parts Brandstorm calls. */
declare module 'zzfx' {
  /** Plays a sound from ZzFX's parameters (volume, randomness, frequency, attack, sustain, release, shape…). */
  export function zzfx(...parameters: (number | undefined)[]): AudioBufferSourceNode;
  export const ZZFX: { volume: number; audioContext: AudioContext };
}
