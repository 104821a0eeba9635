import type { Generated } from 'kysely';

/** The class sessions' tables, as Kysely sees them (see migrations.ts). Booleans are 0/1 integers, the same in SQLite and PostgreSQL. */
export interface ClassTables {
  class_sessions: {
    id: Generated<number>;
    title: string;
    /** What trainees type to join: 8 random characters, unique. */
    join_code: string;
    /** SHA-256 of the instructor's token: the class view's key. */
    instructor_token_hash: string;
    mode: 'self-paced' | 'lockstep';
    /** The playlist: scenario ids as a JSON array. */
    scenarios: string;
    /** Lockstep: the scenario the class is on (index in the playlist). */
    stage_scenario: number;
    /** Lockstep: how many decisions of that scenario are open (0: the briefing only). */
    stage_open: number;
    status: 'open' | 'ended';
    created_at: string;
  };
  class_trainees: {
    id: Generated<number>;
    session_id: number;
    name: string;
    /** SHA-256 of the trainee's token. */
    token_hash: string;
    created_at: string;
  };
  class_answers: {
    id: Generated<number>;
    session_id: number;
    trainee_id: number;
    /** Index of the scenario in the session's playlist. */
    scenario_index: number;
    scenario_id: string;
    scenario_version: number;
    /** 0 for the first decision of the scenario. */
    position: number;
    step_id: string;
    /** The choice's id, or "@written" for a reply the trainee wrote. */
    choice_id: string;
    /** 1 when the step's timer ran out and took its choice. */
    timed_out: Generated<number>;
    /** The written reply, as sent. */
    text: string | null;
    /** The answers given in the step's thread, as sent: JSON, or null for none. */
    thread: string | null;
    locale: string | null;
    /** What the analyser found in a written reply: JSON [{ feature, value, words }]. */
    signals: string | null;
    /** How the audience took this decision, −1..1 (segments' valences weighted by share), as the server's replay computed it. */
    sentiment: number;
    /** The run's score after this decision, as the server's replay computed it. */
    score: number;
    score_max: number;
    /** 1 when this decision ended the scenario: `score` is then the final score. */
    complete: number;
    /** 1 when the instructor picked this written reply for the projector. */
    highlighted: number;
    created_at: string;
  };
}
