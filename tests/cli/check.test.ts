import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { millionCharacterTitle, twoToThe26Paths } from '../support/hostile-scenarios';

const original = readFileSync('scenarios/rippon-kondo.json', 'utf8');

function check(...args: string[]) {
  // A bound on the wait: a checker that hangs fails the test instead of holding up the run.
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes scenario files into a fresh folder and returns their paths. */
function files(...texts: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'brandstorm-check-'));
  return texts.map((text, i) => {
    const path = join(dir, `scenario-${i + 1}.json`);
    writeFileSync(path, text);
    return path;
  });
}

/** The rippon file with its data changed, pretty-printed as an editor would. */
function changed(change: (data: any) => void): string {
  const data = JSON.parse(original);
  change(data);
  return JSON.stringify(data, null, 2);
}

/** 1-based line and column of the first `needle` at or after `after`. */
function placeOf(text: string, needle: string, after = ''): string {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  const lines = text.slice(0, offset).split('\n');
  return `${lines.length}:${lines.at(-1)!.length + 1}`;
}

describe('npm run check', () => {
  it('passes the library with exit status 0', () => {
    const r = check('scenarios');
    expect(r.stdout).toMatch(/\d+ scenario files? checked: no problems/);
    expect(r.status).toBe(0);
    // It plays every path of every scenario of the library: a busy machine may take over the default time.
  }, 120_000);

  it('warns, without failing, about choices that do not say how they stand with the lesson', () => {
    const text = changed((d) => {
      delete d.steps[0].choices[1].lesson;
      delete d.steps[0].choices[3].lesson;
    });
    const [file] = files(text);
    const r = check(file!);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      `warning: ${file}:${placeOf(text, '"choices"')}  steps[0].choices: step "the-joke": say how choices "edgy", "warm" stand with the lesson ("lesson": "follows", "misses" or "against"), so the debrief can name a decision against it and the score can weigh it`,
    );
    expect(check('scenarios').stdout).not.toContain('warning:');
  });

  it('names two choices the audience cannot tell apart, at the second one', () => {
    const text = changed((d) => {
      const [witty, edgy] = d.steps[0].choices;
      edgy.features = { ...witty.features };
      edgy.delayMinutes = witty.delayMinutes;
    });
    const [file] = files(text);
    const r = check(file!);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `${file}:${placeOf(text, '{\n          "id": "edgy"')}  steps[0].choices[1]: choices "witty" and "edgy" of step "the-joke" have the same features and timing, so the audience takes them the same way: make them differ or keep one`,
    );
  });

  it('names a step where every choice scores the same', () => {
    // Nobody in the Rippon audience weighs apologies: choices that differ only there are all alike.
    const text = changed((d) => {
      d.steps[0].choices = d.steps[0].choices.filter((c: { silent?: boolean }) => !c.silent);
      // Without the author's verdicts, only the features tell the choices apart, in the lesson part too.
      d.steps[0].choices.forEach((c: any, i: number) => {
        Object.assign(c, { delayMinutes: 5, features: { apology: 0.1 + 0.3 * i } });
        delete c.lesson;
      });
    });
    const [file] = files(text);
    const r = check(file!);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `${file}:${placeOf(text, '"choices"')}  steps\\[0\\]\\.choices: every choice of step "the-joke" scores between \\d+ and \\d+: the decision teaches nothing`,
      ),
    );
  });

  it('names a feature out of range, a misspelt next step and a missing translation, each at its place', () => {
    const text = changed((d) => {
      d.steps[0].choices[0].features.humour = 1.5;
      d.steps[0].choices[1].next = 'debreif';
      delete d.title.it;
    });
    const [file] = files(text);
    const r = check(file!);
    expect(r.stdout).toContain(
      `${file}:${placeOf(text, '"humour": 1.5', '"id": "witty"')}  steps[0].choices[0].features.humour: a feature runs from 0 (absent) to 1 (strong)`,
    );
    expect(r.stdout).toContain(
      `${file}:${placeOf(text, '"next": "debreif"')}  steps[0].choices[1].next: step "the-joke" has a choice "edgy" whose next step "debreif" does not exist; did you mean "debrief"?`,
    );
    expect(r.stdout).toContain(
      `${file}:${placeOf(text, '"title": {')}  title: missing the text in it (the scenario declares en, fr, it)`,
    );
    expect(r.stdout).toContain('1 scenario file checked: 3 problems in 1 file');
  });

  it("warns when the lesson's path is not the best-scoring one, and checks timers and the lesson's path", () => {
    const text = changed((d) => {
      d.debrief.bestPath = ['corporate'];
    });
    const [file] = files(text);
    const r = check(file!);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `${file}:${placeOf(text, '"bestPath"')}  debrief\\.bestPath: the lesson’s path \\(corporate\\) scores \\d+, but witty scores \\d+: adjust`,
      ),
    );
    const broken = changed((d) => {
      d.steps[0].timer = { seconds: 60, choice: 'silence' };
      d.debrief.bestPath = ['wity'];
    });
    const [other] = files(broken);
    const out = check(other!).stdout;
    expect(out).toContain(
      `steps[0].timer.choice: step "the-joke" takes the choice "silence" when time runs out, but has no such choice; did you mean "silent"?`,
    );
    expect(out).toContain(
      `debrief.bestPath[0]: the lesson’s path goes through choice "wity", but step "the-joke" has no such choice; did you mean "witty"?`,
    );
  });

  it('finishes on a file of 2^26 paths, saying that the lesson cannot be compared with them all', () => {
    const text = twoToThe26Paths();
    const [file] = files(text);
    const r = check(file!);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `${file}:${placeOf(text, '"bestPath"')}  debrief.bestPath: the scenario has more than 1000 paths from the start to the debrief, too many to play them all, so the checker cannot tell whether the lesson’s path scores best`,
    );
    expect(r.stdout).toMatch(/1 scenario file checked: \d+ problems? in 1 file/);
  }, 70_000);

  it('refuses a title of a million characters, saying the limit', () => {
    const text = millionCharacterTitle();
    const [file] = files(text);
    const r = check(file!);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `${file}:${placeOf(text, '"en": "xxx')}  title.en: may have at most 150 characters; this one has 1,000,000`,
    );
  }, 70_000);

  it('finds two files with the same scenario id', () => {
    const [a, b] = files(original, original);
    const r = check(a!, b!);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${b}:1:1  id: another file (${a}) already uses the id "rippon-kondo"`);
  });

  it('answers in JSON for machines', () => {
    const [file] = files(original.replace('"minutes": 5,', '"minutes": 5'));
    const r = check(file!, '--json');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.files).toBe(1);
    expect(out.problems).toEqual([
      {
        file,
        path: '',
        ...lineColumn(original, '"minutes": 5,', '"minutes": 5'.length),
        message: 'not valid JSON: a comma is missing here, between two items',
        // Machines get the problem's code too, as the game does.
        code: 'not-json',
        values: { hint: 'CommaHere', before: '' },
      },
    ]);
  });

  it('finds each post image on disk: next to the scenario file, or in assets/', () => {
    const alt = { en: 'Fries', fr: 'Des frites', it: 'Patatine' };
    const text = changed((d) => {
      d.steps[0].feed[0].image = { src: 'cold-fries.png', alt };
      d.steps[0].feed.push({ ...d.steps[0].feed[0], image: { src: 'assets/images/no-such-image.png', alt } });
    });
    const [file] = files(text);
    const r = check(file!);
    expect(r.status).toBe(1);
    const srcs = [text.indexOf('"src"'), text.indexOf('"src"', text.indexOf('"src"') + 1)];
    const at = (offset: number) => {
      const lines = text.slice(0, offset).split('\n');
      return `${lines.length}:${lines.at(-1)!.length + 1}`;
    };
    const next = join(dirname(file!), 'cold-fries.png');
    expect(r.stdout).toContain(
      `${file}:${at(srcs[0]!)}  steps[0].feed[0].image.src: no image file "cold-fries.png": it should be at ${next}`,
    );
    expect(r.stdout).toContain(
      `${file}:${at(srcs[1]!)}  steps[0].feed[1].image.src: no image file "assets/images/no-such-image.png": it should be at ${join('assets', 'images', 'no-such-image.png')}`,
    );
    // The file added next to the scenario, and the image the project ships: clean.
    writeFileSync(next, 'png');
    const fixed = text.replace('assets/images/no-such-image.png', 'assets/images/cold-fries.png');
    writeFileSync(file!, fixed);
    expect(check(file!)).toMatchObject({ status: 0 });
  });

  it('says what is wrong with its arguments', () => {
    const r = check('no/such/folder');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('check: no file or folder "no/such/folder"');
  });
});

function lineColumn(text: string, needle: string, shift: number): { line: number; column: number } {
  const lines = text.slice(0, text.indexOf(needle) + shift).split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}
