/**
 * A live class session under load, for `npm run bench:server`: 200 trainees
 * join, each holding their own live stream as the game does, and answer the
 * two decisions of a scenario at moments spread over one minute. Measures
 * how long the instructor's class view waits for each answer, from the
 * trainee's acknowledgement to the instructor's stream receiving it. Also
 * times wrong join codes of each kind. Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { classClient, classStream } from '../src/class/client/client';
import type { ClassAnswer, ClassTrainee } from '../src/protocol/class-view';

const TRAINEES = 200;
const WINDOW_MS = 60_000;

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const ok = <T>(a: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!a.ok) throw new Error(a.error);
  return a.value;
};

/** Runs the class session against a running server and prints its figures, a line at a time. */
export async function benchClassSession(url: string, print: (line: string) => void): Promise<void> {
  const api = classClient(url);
  const opened = ok(await api.open('Bench class', ['christmas-prince-53'], 'self-paced'));
  const names = new Map<number, string>();
  const received = new Map<string, number>();
  let snapshot = false;
  const instructor = classStream(`${url}/api/class/events`, opened.instructorToken, {
    event: (type, data) => {
      const now = performance.now();
      if (type === 'snapshot') snapshot = true;
      if (type === 'trainee') names.set((data as ClassTrainee).id, (data as ClassTrainee).name);
      if (type === 'answer') {
        const a = data as ClassAnswer;
        received.set(`${names.get(a.trainee)}:${a.position}`, now);
      }
    },
    status: () => {},
  });
  while (!snapshot) await new Promise((r) => setTimeout(r, 20));

  const trainees = [];
  for (let i = 0; i < TRAINEES; i++)
    trainees.push({ name: `Trainee ${i}`, ...ok(await api.join(opened.joinCode, `Trainee ${i}`)) });
  // Each trainee's game holds its own stream (the waiting screen's news).
  const streams = trainees.map((t) =>
    classStream(`${url}/api/class/me/events`, t.token, { event: () => {}, status: () => {} }),
  );
  await new Promise((r) => setTimeout(r, 1000));

  // Two decisions each: "ask-fans" then "your-business", at random moments over the minute.
  const path = [
    { step: 'the-draft', choice: 'ask-fans' },
    { step: 'fans-answer', choice: 'your-business' },
  ];
  const acked = new Map<string, number>();
  const sent = new Map<string, number>();
  let refused = 0;
  const start = performance.now();
  await Promise.all(
    trainees.map(async (t) => {
      const moments = [Math.random() * WINDOW_MS, Math.random() * WINDOW_MS].sort((a, b) => a - b);
      for (const [position, decision] of path.entries()) {
        const wait = start + moments[position]! - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const key = `${t.name}:${position}`;
        sent.set(key, performance.now());
        const answer = await api.answer({ scenarioIndex: 0, position, decision }, t.token);
        if (answer.ok) acked.set(key, performance.now());
        else refused++;
      }
    }),
  );
  const elapsed = performance.now() - start;
  await new Promise((r) => setTimeout(r, 2000));
  instructor.close();
  for (const s of streams) s.close();

  const fromAck = [...acked].map(([k, t]) => (received.get(k) ?? Infinity) - t);
  const fromSend = [...sent].map(([k, t]) => (received.get(k) ?? Infinity) - t);
  const missing = [...acked.keys()].filter((k) => !received.has(k)).length;
  const answerTimes = [...acked].map(([k, t]) => t - sent.get(k)!);
  print(
    `  class session: ${TRAINEES} trainees (each with a live stream), ${acked.size} answers acknowledged in ${(elapsed / 1000).toFixed(1)} s (${refused} refused), ${missing} missing from the instructor's stream`,
  );
  print(
    `    answer round trip (replayed by play() and stored): p50 ${ms(percentile(answerTimes, 50))}, p99 ${ms(percentile(answerTimes, 99))}`,
  );
  print(
    `    instructor's stream, from the trainee's acknowledgement: p50 ${ms(percentile(fromAck, 50))}, p99 ${ms(percentile(fromAck, 99))}, max ${ms(Math.max(...fromAck))} (negative: the stream had it before the trainee's answer came back)`,
  );
  print(
    `    instructor's stream, from the trainee sending the answer: p50 ${ms(percentile(fromSend, 50))}, p99 ${ms(percentile(fromSend, 99))}, max ${ms(Math.max(...fromSend))}`,
  );

  // Wrong codes of every kind get the same answer; their timings should not tell them apart either.
  const ended = ok(await api.open('Ended class', ['rippon-kondo'], 'self-paced'));
  await api.end(ended.instructorToken);
  const kinds: Record<string, () => string> = {
    'unknown code': () =>
      `ZZ${String(Math.floor(Math.random() * 1e6))
        .padStart(6, '2')
        .replace(/[01]/g, '9')}`,
    'malformed code': () => `no such code ${Math.random()}`,
    "an ended session's code": () => ended.joinCode,
  };
  const timings: string[] = [];
  for (const [label, code] of Object.entries(kinds)) {
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t0 = performance.now();
      const res = await fetch(`${url}/api/class/join`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ joinCode: code(), name: 'Eve' }),
      });
      await res.text();
      if (res.status !== 404) throw new Error(`a wrong code got ${res.status}`);
      times.push(performance.now() - t0);
    }
    timings.push(`${label} p50 ${ms(percentile(times, 50))} / p90 ${ms(percentile(times, 90))}`);
  }
  print(`    wrong join codes (300 each, all answered 404 with the same body): ${timings.join('; ')}`);
}
