import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/engine';
import { checkInWorker, type CheckWorker } from '../../src/import/checker';
import { problemText } from '../support/problems';

/** A stand-in for the checker's worker: it answers with `answer` (or never, when null) and records what happened to it. */
function fakeWorker(answer: ((file: string) => CheckResult) | null, fails?: string) {
  const seen = { sent: [] as string[], terminated: false };
  const worker: CheckWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      seen.sent.push(request.file);
      if (fails) queueMicrotask(() => worker.onerror?.({ message: fails, preventDefault() {} } as ErrorEvent));
      else if (answer)
        queueMicrotask(() => worker.onmessage?.({ data: answer(request.file) } as MessageEvent<CheckResult>));
    },
    terminate() {
      seen.terminated = true;
    },
  };
  return { worker, seen };
}

describe('checking a scenario file in a worker', () => {
  it('hands back what the worker found, and stops the worker', async () => {
    const { worker, seen } = fakeWorker((file) => ({
      file,
      problems: [
        {
          file,
          path: 'title',
          line: 3,
          column: 3,
          code: 'too-long',
          values: { n: 150, has: 5000 },
        },
      ],
    }));
    const result = await checkInWorker(5000, () => worker)('{}', 'case.json');
    expect(result.problems.map((p) => problemText(p))).toEqual(['may have at most 150 characters; this one has 5,000']);
    expect(seen).toEqual({ sent: ['case.json'], terminated: true });
  });

  it('refuses the file when the worker has not answered within the time limit, and stops the worker', async () => {
    const { worker, seen } = fakeWorker(null);
    const result = await checkInWorker(50, () => worker)('{}', 'slow.json');
    expect(result).toEqual({
      file: 'slow.json',
      problems: [
        {
          file: 'slow.json',
          path: '',
          line: 1,
          column: 1,
          code: 'too-slow',
          values: { file: 'slow.json', seconds: 0.05 },
        },
      ],
    });
    expect(problemText(result.problems[0]!)).toBe(
      'slow.json took more than 0.05 seconds to check, so it was not opened: a scenario with so many branches cannot be played here',
    );
    expect(result.scenario).toBeUndefined();
    expect(seen.terminated).toBe(true);
  });

  it('refuses the file with what went wrong when the worker fails', async () => {
    const { worker, seen } = fakeWorker(null, 'out of memory');
    const result = await checkInWorker(5000, () => worker)('{}', 'huge.json');
    expect(result.problems.map((p) => problemText(p))).toEqual(['the checker stopped: out of memory']);
    expect(seen.terminated).toBe(true);
  });

  it('checks on this thread where the page may not start a worker', async () => {
    const result = await checkInWorker(5000, () => {
      throw new Error('blocked by the content security policy');
    })('not json', 'notes.json');
    expect(result.problems.map((p) => problemText(p))).toEqual([
      'not valid JSON: this character is not valid JSON (texts need double quotes)',
    ]);
  });
});
