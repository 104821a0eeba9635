/**
 * Every command answers --help (or -h) with its usage and exits 0 before
 * doing anything else: an instructor trying a command never starts work by
 * asking how it is used.
 */
export function answerHelp(argv: readonly string[], usage: string): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage.trim());
    process.exit(0);
  }
}
