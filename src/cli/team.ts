/**
 * For instructors: creates a team on a running team server and prints its
 * join code (for the players) and instructor token, gives the team scenarios
 * of its own, and fetches the CSV of its runs. See USAGE.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { answerHelp } from './help';

const USAGE = `
usage: npm run team -- create "<team name>" [--server <url>] [--key <organiser key>]
       npm run team -- upload <instructor token> <scenario.json> [--server <url>]
       npm run team -- csv <instructor token> [--server <url>] > runs.csv

  create   creates a team and prints its join code (for the players) and the
           instructor token (keep it). The organiser key, when the server asks
           for one, may also come from ORGANISER_KEY.
  upload   gives the team a scenario of its own: checked by the server as the
           game checks it, then playable by the team's players and ranked on
           its leaderboard. A changed file needs a higher "version"; each
           version keeps its own leaderboard.
  csv      every run of the team: player, scenario, version, score, choices
           and written replies.

  --server  the team server (default http://localhost:4173)
`;
answerHelp(process.argv.slice(2), USAGE);

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { server: { type: 'string', default: 'http://localhost:4173' }, key: { type: 'string' } },
  allowPositionals: true,
});
const [command, arg] = positionals;
const server = values.server.replace(/\/$/, '');
const organiserKey = values.key ?? process.env.ORGANISER_KEY;

try {
  if (command === 'create' && arg) {
    const res = await fetch(`${server}/api/teams`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(organiserKey ? { Authorization: `Bearer ${organiserKey}` } : {}),
      },
      body: JSON.stringify({ name: arg }),
    });
    const body = (await res.json()) as { joinCode?: string; adminToken?: string; error?: string };
    if (!res.ok) throw new Error(body.error ?? `the server answered ${res.status}`);
    console.log(`team "${arg}" created on ${server}
  join code for the players:   ${body.joinCode}
  instructor token (keep it):  ${body.adminToken}
  the team's runs as CSV:      npm run team -- csv ${body.adminToken} --server ${server} > runs.csv`);
  } else if (command === 'upload' && arg && positionals[2]) {
    const file = positionals[2];
    const res = await fetch(`${server}/api/team/scenarios`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${arg}` },
      body: JSON.stringify({ file: basename(file), text: readFileSync(file, 'utf8') }),
    });
    const body = (await res.json()) as {
      id?: string;
      version?: number;
      warnings?: string[];
      error?: string;
      problems?: string[];
    };
    if (!res.ok)
      throw new Error([body.error ?? `the server answered ${res.status}`, ...(body.problems ?? [])].join('\n  '));
    for (const w of body.warnings ?? []) console.log(`warning: ${w}`);
    console.log(
      res.status === 201
        ? `"${body.id}" version ${body.version} is now the team's: its players see it in their scenario list`
        : `"${body.id}" version ${body.version} was already the team's: nothing changed`,
    );
  } else if (command === 'csv' && arg) {
    const res = await fetch(`${server}/api/team/runs.csv`, { headers: { Authorization: `Bearer ${arg}` } });
    if (!res.ok)
      throw new Error(((await res.json()) as { error?: string }).error ?? `the server answered ${res.status}`);
    process.stdout.write(await res.text());
  } else {
    console.error(USAGE.trim());
    process.exitCode = 2;
  }
} catch (err) {
  const cause = (err as { cause?: { code?: string } }).cause?.code;
  console.error(
    `team: ${cause === 'ECONNREFUSED' ? `no team server answers at ${server}: start it with npm start` : (err as Error).message}`,
  );
  process.exitCode = 1;
}
