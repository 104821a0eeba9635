import { expect } from 'vitest';
import { PlayError } from '../../src/engine';

/** The engine's refusal `f` throws: its code and values (and the test fails when it throws none, or another error). */
export function refusalOf(f: () => unknown): PlayError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(PlayError);
    return err as PlayError;
  }
  throw new Error('the engine accepted what it should refuse');
}
