import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '../../src/engine';
import type { CatalogEntry } from '../../src/store/game-store';
import { imageUrl } from '../../scenes/ui/post-image';

const loaded = loadScenario(readFileSync('tests/fixtures/own-scenario/cold-fries.json', 'utf8'), 'cold-fries.json');
if (!loaded.ok) throw new Error('the cold-fries example does not load');
const scenario: Scenario = loaded.scenario;
const alt = { en: 'Fries' };

describe('where the game finds a post image', () => {
  const library: CatalogEntry = { file: 'cold-fries.json', scenario };
  const opened: CatalogEntry = { ...library, imported: true };
  const classes: CatalogEntry = { ...library, imported: true, served: 'class' };

  it('finds assets/ images at the game’s root, for every scenario', () => {
    for (const entry of [library, opened, classes, undefined])
      expect(imageUrl({ src: 'assets/images/cold-fries.png', alt }, entry)).toBe('images/cold-fries.png');
  });

  it('finds a library scenario’s own image beside its file', () => {
    expect(imageUrl({ src: 'cold-fries.png', alt }, library)).toBe('scenarios/cold-fries.png');
  });

  it('has no folder for a scenario opened from a file or a link, or served for a class or a team', () => {
    for (const entry of [opened, classes, { ...library, served: 'team' as const }, undefined])
      expect(imageUrl({ src: 'cold-fries.png', alt }, entry)).toBe('noFolder');
  });
});
