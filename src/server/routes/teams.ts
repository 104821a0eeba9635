import type { FastifyInstance } from 'fastify';
import { CreateTeamRequest, JoinRequest } from '../../protocol/team';
import { nameKey } from '../../protocol/text';
import { toCsv } from '../csv';
import {
  insertPlayer,
  insertTeam,
  playerByToken,
  teamByAdmin,
  teamByCode,
  teamPlayerNames,
  teamRuns,
} from '../db/queries';
import type { Db } from '../db/database';
import { bearer } from '../auth';
import { hashToken, joinCode, token } from '../secrets';
import type { OrganiserCheck } from '../organiser';
import type { Library } from '../library';
import { ScenarioUpload } from '../../protocol/uploads';
import { checkUpload, latestVersions, shelve, type UploadedScenarios } from '../uploads/shelf';
import { uploadBodyLimit } from '../uploads/limits';
import { choicesOf } from '../uploads/transcripts';
import { refuse, refuseRequest, requestLocale } from '../speak';

/**
 * Creating and joining teams, the team's own scenarios (uploaded by its
 * instructor, played and ranked like the library's), and the instructor's
 * CSV of a team's runs.
 */
export function teamRoutes(
  app: FastifyInstance,
  db: Db,
  organiser: OrganiserCheck,
  library: Library,
  uploads: UploadedScenarios,
): void {
  const teamOfAdmin = async (req: Parameters<typeof bearer>[0]) => {
    const admin = bearer(req);
    return admin ? teamByAdmin(db, hashToken(admin)) : undefined;
  };
  app.post('/api/teams', async (req, reply) => {
    const body = CreateTeamRequest.safeParse(req.body);
    if (!body.success) return refuseRequest(req, reply, body.error);
    if (!organiser(req, reply, body.data.organiserKey)) return reply;
    const adminToken = token();
    const code = joinCode();
    await insertTeam(db, body.data.name, code, hashToken(adminToken));
    return reply.code(201).send({ team: body.data.name, joinCode: code, adminToken });
  });

  app.post('/api/join', async (req, reply) => {
    const body = JoinRequest.safeParse(req.body);
    if (!body.success) return refuseRequest(req, reply, body.error);
    const team = await teamByCode(db, body.data.joinCode.toUpperCase());
    if (!team) return refuse(req, reply, 404, 'wrong-team-code');
    // Two players of one name would be one row too many on the leaderboard, and a way to pass for someone else.
    const key = nameKey(body.data.name);
    if ((await teamPlayerNames(db, team.id)).some((n) => nameKey(n) === key)) {
      return refuse(req, reply, 409, 'team-name-taken', { name: body.data.name });
    }
    const playerToken = token();
    await insertPlayer(db, team.id, body.data.name, hashToken(playerToken));
    return reply.code(201).send({ team: team.name, player: body.data.name, token: playerToken });
  });

  app.post('/api/team/scenarios', { bodyLimit: uploadBodyLimit(1) }, async (req, reply) => {
    const team = await teamOfAdmin(req);
    if (!team) return refuse(req, reply, 401, 'team-instructor-token');
    const body = ScenarioUpload.safeParse(req.body);
    if (!body.success) return refuseRequest(req, reply, body.error);
    const checked = checkUpload(body.data, requestLocale(req));
    if (!checked.ok) return reply.code(422).send(checked.refusal);
    const { scenario } = checked;
    // The runs route looks in the library first: a team scenario of the same id would never be played.
    if (library.has(scenario.id)) return refuse(req, reply, 409, 'library-has-id', { id: scenario.id });
    const stored = await shelve(db, { kind: 'team', id: team.id }, body.data, scenario);
    if (stored === 'taken')
      return refuse(req, reply, 409, 'version-taken', { id: scenario.id, version: scenario.version });
    return reply
      .code(stored === 'stored' ? 201 : 200)
      .send({ id: scenario.id, version: scenario.version, warnings: checked.warnings });
  });

  /** The team's own scenarios, latest version of each, for its players' game and its instructor. */
  app.get('/api/team/scenarios', async (req, reply) => {
    const given = bearer(req);
    const teamId = given
      ? ((await playerByToken(db, hashToken(given)))?.team_id ?? (await teamByAdmin(db, hashToken(given)))?.id)
      : undefined;
    if (teamId === undefined) return refuse(req, reply, 401, 'team-token');
    return { scenarios: latestVersions(await uploads.all({ kind: 'team', id: teamId })) };
  });

  app.get('/api/team/runs.csv', async (req, reply) => {
    const team = await teamOfAdmin(req);
    if (!team) return refuse(req, reply, 401, 'team-instructor-token');
    const runs = await teamRuns(db, team.id);
    const csv = toCsv(
      [
        'player',
        'scenario',
        'version',
        'score',
        'followers_delta',
        'seed',
        'submitted_at',
        'choices',
        'written_replies',
      ],
      runs.map((r) => {
        const { choices, replies } = choicesOf(r.transcript);
        return [
          r.player,
          r.scenario_id,
          r.scenario_version,
          r.score,
          r.followers_delta,
          Number(r.seed),
          r.created_at,
          choices,
          replies,
        ];
      }),
    );
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="brandstorm-${team.name.replace(/[^\w-]+/g, '_')}-runs.csv"`)
      .send(csv);
  });
}
