/**
 * For instructors: creates a team on a running team server and prints its
 * join code (for the players) and instructor token (for the CSV of runs).
 *
 *   npm run team -- create "Social desk" [--server http://localhost:4173] [--key <organiser key>]
 *     (the key, when the server has one, may come from ORGANISER_KEY instead)
 *   npm run team -- csv <instructor token> [--server …] > runs.csv
 */
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ args: process.argv.slice(2), options: { server: { type: 'string', default: 'http://localhost:4173' }, key: { type: 'string' } }, allowPositionals: true });
const [command, arg] = positionals;
const server = values.server.replace(/\/$/, '');
const organiserKey = values.key ?? process.env.ORGANISER_KEY;

try {
  if (command === 'create' && arg) {
    const res = await fetch(`${server}/api/teams`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(organiserKey ? { Authorization: `Bearer ${organiserKey}` } : {}) },
      body: JSON.stringify({ name: arg }),
    });
    const body = (await res.json()) as { joinCode?: string; adminToken?: string; error?: string };
    if (!res.ok) throw new Error(body.error ?? `the server answered ${res.status}`);
    console.log(`team "${arg}" created on ${server}
  join code for the players:   ${body.joinCode}
  instructor token (keep it):  ${body.adminToken}
  the team's runs as CSV:      npm run team -- csv ${body.adminToken} --server ${server} > runs.csv`);
  } else if (command === 'csv' && arg) {
    const res = await fetch(`${server}/api/team/runs.csv`, { headers: { Authorization: `Bearer ${arg}` } });
    if (!res.ok) throw new Error(((await res.json()) as { error?: string }).error ?? `the server answered ${res.status}`);
    process.stdout.write(await res.text());
  } else {
    console.error('usage: npm run team -- create "<team name>" [--server <url>] [--key <organiser key>]\n       npm run team -- csv <instructor token> [--server <url>]');
    process.exitCode = 2;
  }
} catch (err) {
  const cause = (err as { cause?: { code?: string } }).cause?.code;
  console.error(`team: ${cause === 'ECONNREFUSED' ? `no team server answers at ${server}: start it with npm start` : (err as Error).message}`);
  process.exitCode = 1;
}
