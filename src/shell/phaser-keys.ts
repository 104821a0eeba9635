import Phaser from 'phaser';

type Plugin = Phaser.Input.Keyboard.KeyboardPlugin & { update(): void; manager: { queue: KeyboardEvent[] } };

/** Key events some scene has already been handed. */
const handed = new WeakSet<KeyboardEvent>();

/**
 * Phaser 4.2 keeps a frame's key events in one queue and hands the whole
 * queue to the scenes again at each new event, with a duplicate check that
 * compares only with the previous event. Three quick presses within a frame
 * then moved the focus twice, and an Enter that started a scene reached the
 * new scene too. With this, every key event is handed on once: a scene never
 * gets an event that came before it, or that an earlier scene had (the game
 * runs one scene at a time).
 */
export function handKeysOnce(): void {
  const proto = Phaser.Input.Keyboard.KeyboardPlugin.prototype as unknown as Plugin;
  const update = proto.update;
  proto.update = function (this: Plugin) {
    if (!this.isActive()) return update.call(this);
    const queue = this.manager.queue;
    const fresh = queue.filter((e) => !handed.has(e));
    if (fresh.length === 0) return;
    for (const e of fresh) handed.add(e);
    this.manager.queue = fresh;
    try {
      update.call(this);
    } finally {
      this.manager.queue = queue;
    }
  };
}
