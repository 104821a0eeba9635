import type { FastifyInstance } from 'fastify';
import { CreateTeamRequest, firstProblem, JoinRequest } from '../../protocol/team';
import { nameKey } from '../../protocol/text';
import { toCsv } from '../csv';
import { insertPlayer, insertTeam, teamByAdmin, teamByCode, teamPlayerNames, teamRuns } from '../db/queries';
import type { Db } from '../db/database';
import { bearer } from '../auth';
import { hashToken, joinCode, token } from '../secrets';
import type { OrganiserCheck } from '../organiser';
import { says } from '../speak';

/** Creating and joining teams, and the instructor's CSV of a team's runs. */
export function teamRoutes(app: FastifyInstance, db: Db, organiser: OrganiserCheck): void {
  app.post('/api/teams', async (req, reply) => {
    const body = CreateTeamRequest.safeParse(req.body);
    if (!body.success) return reply.code(400).send({ error: firstProblem(body.error) });
    if (!organiser(req, reply, body.data.organiserKey)) return reply;
    const adminToken = token();
    const code = joinCode();
    await insertTeam(db, body.data.name, code, hashToken(adminToken));
    return reply.code(201).send({ team: body.data.name, joinCode: code, adminToken });
  });

  app.post('/api/join', async (req, reply) => {
    const body = JoinRequest.safeParse(req.body);
    if (!body.success) return reply.code(400).send({ error: firstProblem(body.error) });
    const team = await teamByCode(db, body.data.joinCode.toUpperCase());
    if (!team) return reply.code(404).send({ error: says(req, 'server.wrongTeamCode') });
    // Two players of one name would be one row too many on the leaderboard, and a way to pass for someone else.
    const key = nameKey(body.data.name);
    if ((await teamPlayerNames(db, team.id)).some((n) => nameKey(n) === key)) {
      return reply.code(409).send({ error: says(req, 'server.teamNameTaken', { name: body.data.name }) });
    }
    const playerToken = token();
    await insertPlayer(db, team.id, body.data.name, hashToken(playerToken));
    return reply.code(201).send({ team: team.name, player: body.data.name, token: playerToken });
  });

  app.get('/api/team/runs.csv', async (req, reply) => {
    const admin = bearer(req);
    const team = admin ? await teamByAdmin(db, hashToken(admin)) : undefined;
    if (!team) return reply.code(401).send({ error: "give the team's instructor token as a Bearer token" });
    const runs = await teamRuns(db, team.id);
    const csv = toCsv(
      ['player', 'scenario', 'version', 'score', 'followers_delta', 'seed', 'submitted_at'],
      runs.map((r) => [r.player, r.scenario_id, r.scenario_version, r.score, r.followers_delta, Number(r.seed), r.created_at]),
    );
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="brandstorm-${team.name.replace(/[^\w-]+/g, '_')}-runs.csv"`)
      .send(csv);
  });
}
