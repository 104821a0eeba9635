import type Phaser from 'phaser';
import type { GameStore } from '../../src/store/game-store';

/** The game's store, kept in the game registry by main.ts: the one way a scene reaches the state. */
export function storeOf(scene: Phaser.Scene): GameStore {
  return scene.registry.get('store') as GameStore;
}

/** Whether the player asked for reduced motion (the operating system's setting unless changed in the game). */
export function reducedMotion(scene: Phaser.Scene): boolean {
  return storeOf(scene).getState().settings.reducedMotion;
}
