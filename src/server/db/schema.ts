import type { Generated } from 'kysely';
import type { ClassTables } from '../../class/server/tables';
import type { UploadTables } from '../uploads/tables';

/** The database's tables, as Kysely sees them. Times are ISO-8601 strings, the same in SQLite and PostgreSQL. */
export interface Database extends ClassTables, UploadTables {
  teams: {
    id: Generated<number>;
    name: string;
    /** What players type to join: random, not guessable. */
    join_code: string;
    /** SHA-256 of the instructor's token (CSV export). */
    admin_token_hash: string;
    created_at: string;
  };
  players: {
    id: Generated<number>;
    team_id: number;
    name: string;
    /** SHA-256 of the token the player got when joining; the token itself is never stored. */
    token_hash: string;
    created_at: string;
  };
  runs: {
    id: Generated<number>;
    team_id: number;
    player_id: number;
    /** The client's id for the run, so that a run sent twice (a retry, the offline queue) is stored once. */
    client_run_id: string;
    scenario_id: string;
    scenario_version: number;
    seed: number;
    /** The transcript as JSON. */
    transcript: string;
    /** The score the server computed by replaying the run. */
    score: number;
    followers_delta: number;
    created_at: string;
  };
}
