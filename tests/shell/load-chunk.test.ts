import { describe, expect, it } from 'vitest';
import { loadChunk } from '../../src/shell/load-chunk';

/** A chunk whose first `failures` requests fail, recording the pauses taken between tries. */
function flaky(failures: number) {
  let calls = 0;
  const waits: number[] = [];
  return {
    load: async () => {
      calls++;
      if (calls <= failures) throw new TypeError(`Failed to fetch dynamically imported module (try ${calls})`);
      return 'the module';
    },
    wait: async (ms: number) => void waits.push(ms),
    get calls() {
      return calls;
    },
    waits,
  };
}

describe('a lazily loaded chunk is tried again when its request fails', () => {
  it('loads at once when the network works, without waiting', async () => {
    const chunk = flaky(0);
    await expect(loadChunk(chunk.load, { wait: chunk.wait })).resolves.toBe('the module');
    expect(chunk.calls).toBe(1);
    expect(chunk.waits).toEqual([]);
  });

  it('gets it on the third try after two lost requests, pausing longer each time', async () => {
    const chunk = flaky(2);
    await expect(loadChunk(chunk.load, { wait: chunk.wait })).resolves.toBe('the module');
    expect(chunk.calls).toBe(3);
    expect(chunk.waits).toEqual([400, 1200]);
  });

  it('gives up after three tries with the last error, for the caller to tell the player', async () => {
    const chunk = flaky(5);
    await expect(loadChunk(chunk.load, { wait: chunk.wait })).rejects.toThrow('try 3');
    expect(chunk.calls).toBe(3);
  });

  it('takes as many tries as it is told', async () => {
    const chunk = flaky(5);
    await expect(loadChunk(chunk.load, { attempts: 5, firstDelayMs: 10, wait: chunk.wait })).rejects.toThrow('try 5');
    expect(chunk.waits).toEqual([10, 30, 90, 270]);
  });
});
