import { checkScenario, loadScenario, type Locale, type Scenario } from '../../engine';
import { refusalMessage } from '../../i18n/refusals';
import { problemLine } from '../../i18n/problems';
import type { ScenarioUpload, UploadRefusal } from '../../protocol/uploads';
import type { Db } from '../db/database';

/** Whose scenarios: a class session's or a team's. */
export interface Owner {
  kind: 'class' | 'team';
  id: number;
}

export type Checked = { ok: true; scenario: Scenario; warnings: string[] } | { ok: false; refusal: UploadRefusal };

/**
 * Checks an instructor's file with the game's own checker: a file with errors
 * is refused with every problem as the checker prints it; design warnings are
 * passed back but do not stop a valid scenario, as in the game.
 */
export function checkUpload(upload: ScenarioUpload, locale: Locale): Checked {
  const result = checkScenario(upload.text, upload.file);
  const problems = result.problems.map((p) => problemLine(p, locale));
  if (!result.scenario) {
    const values = { file: upload.file, n: result.problems.length };
    return {
      ok: false,
      refusal: { code: 'upload-refused', values, error: refusalMessage(locale, 'upload-refused', values)!, problems },
    };
  }
  return { ok: true, scenario: result.scenario, warnings: problems };
}

/**
 * Puts a checked scenario on its owner's shelf. A version is written once:
 * the same text again is a no-op, another text under a version already there
 * is refused, since runs of that version must stay replayable.
 */
export async function shelve(
  db: Db,
  owner: Owner,
  upload: ScenarioUpload,
  scenario: Scenario,
): Promise<'stored' | 'same' | 'taken'> {
  const existing = await db
    .selectFrom('uploaded_scenarios')
    .select('text')
    .where('owner', '=', owner.kind)
    .where('owner_id', '=', owner.id)
    .where('scenario_id', '=', scenario.id)
    .where('scenario_version', '=', scenario.version)
    .executeTakeFirst();
  if (existing) return existing.text === upload.text ? 'same' : 'taken';
  await db
    .insertInto('uploaded_scenarios')
    .values({
      owner: owner.kind,
      owner_id: owner.id,
      scenario_id: scenario.id,
      scenario_version: scenario.version,
      file: upload.file,
      text: upload.text,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return 'stored';
}

/** Parsed scenarios kept at most (each a few dozen KB), so that re-checking a run does not parse its file again. */
const PARSED_KEPT = 200;

/** An owner's scenarios, every version, read from the database and parsed once. */
export function uploadedScenarios(db: Db) {
  const parsed = new Map<number, Scenario>();
  const parse = (row: { id: number; text: string; file: string }): Scenario | undefined => {
    const known = parsed.get(row.id);
    if (known) return known;
    const loaded = loadScenario(row.text, row.file);
    // Checked when it arrived; a later engine that no longer reads it leaves it out rather than failing the request.
    if (!loaded.ok) return undefined;
    if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
    parsed.set(row.id, loaded.scenario);
    return loaded.scenario;
  };
  return {
    /** Every version on the owner's shelf, oldest first. */
    async all(owner: Owner): Promise<Scenario[]> {
      const rows = await db
        .selectFrom('uploaded_scenarios')
        .select(['id', 'text', 'file'])
        .where('owner', '=', owner.kind)
        .where('owner_id', '=', owner.id)
        .orderBy('id')
        .execute();
      return rows.flatMap((r) => parse({ ...r, id: Number(r.id) }) ?? []);
    },
    /** One version of one scenario, if the owner has it. */
    async find(owner: Owner, id: string, version: number): Promise<Scenario | undefined> {
      const row = await db
        .selectFrom('uploaded_scenarios')
        .select(['id', 'text', 'file'])
        .where('owner', '=', owner.kind)
        .where('owner_id', '=', owner.id)
        .where('scenario_id', '=', id)
        .where('scenario_version', '=', version)
        .executeTakeFirst();
      return row ? parse({ ...row, id: Number(row.id) }) : undefined;
    },
  };
}
export type UploadedScenarios = ReturnType<typeof uploadedScenarios>;

/** The latest version of each scenario among `scenarios`. */
export function latestVersions(scenarios: readonly Scenario[]): Scenario[] {
  const latest = new Map<string, Scenario>();
  for (const s of scenarios) if ((latest.get(s.id)?.version ?? 0) < s.version) latest.set(s.id, s);
  return [...latest.values()];
}
