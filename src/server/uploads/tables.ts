import type { Generated } from 'kysely';

/** Instructors' own scenarios and the leaderboard's bests, as Kysely sees them (see migrations.ts). */
export interface UploadTables {
  uploaded_scenarios: {
    id: Generated<number>;
    /** Whose shelf: a class session's or a team's. */
    owner: 'class' | 'team';
    /** The session's or the team's id. */
    owner_id: number;
    scenario_id: string;
    scenario_version: number;
    /** The file's name as the instructor sent it. */
    file: string;
    /** The scenario's JSON text, as checked when it arrived. */
    text: string;
    created_at: string;
  };
  /** Each player's best score and number of runs per scenario and version: a leaderboard never mixes versions. */
  best_scores: {
    player_id: number;
    team_id: number;
    scenario_id: string;
    scenario_version: number;
    best: number;
    runs: number;
  };
}
