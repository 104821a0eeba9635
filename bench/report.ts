/**
 * What a benchmark measured, printed as it goes and, with `--write` on its command line, written into its own
 * section of docs/benchmarks.md (between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`) with the machine, its
 * load and the date, so that the figures there always come from a run and are never copied by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform } from 'node:os';

const FILE = new URL('../docs/benchmarks.md', import.meta.url);

export interface BenchReport {
  /** Prints one line of figures and keeps it for the file. */
  line(text: string): void;
  /** With `--write`, replaces the section's figures in docs/benchmarks.md with the lines kept. */
  save(): void;
}

/** `section` names the markers; `command` is what a reader runs to measure again. */
export function benchReport(section: string, command: string): BenchReport {
  // The load before the benchmark adds its own: what else the machine was doing.
  const [load = 0] = loadavg();
  const started = new Date();
  const lines: string[] = [];
  return {
    line(text) {
      console.log(text);
      lines.push(text);
    },
    save() {
      if (!process.argv.includes('--write')) return;
      const start = `<!-- bench:${section} -->`;
      const end = `<!-- /bench:${section} -->`;
      const doc = readFileSync(FILE, 'utf8');
      const from = doc.indexOf(start);
      const to = doc.indexOf(end);
      if (from < 0 || to < from) throw new Error(`docs/benchmarks.md has no ${start} … ${end} section to write into`);
      const body = [start, machineNote(command, started, load), '', '```text', ...lines, '```', end].join('\n');
      writeFileSync(FILE, doc.slice(0, from) + body + doc.slice(to + end.length));
      console.log(`figures written to docs/benchmarks.md (${section})`);
    },
  };
}

function machineNote(command: string, when: Date, load: number): string {
  const cores = cpus().length;
  const date = when.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  const busy =
    load > cores / 2
      ? 'the machine was busy with other work, so these figures are lower than it gives when quiet'
      : 'the machine was quiet';
  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'} (${cores} cores), Node ${process.version}, ${platform()}`;
  return [
    `Written by \`${command} -- --write\` on ${date} UTC, on ${machine}.`,
    `The load average over the minute before it started was ${load.toFixed(1)} for ${cores} cores: ${busy}.`,
  ].join('\n');
}
