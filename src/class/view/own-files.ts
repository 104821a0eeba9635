import { checkScenario, formatProblem, type Scenario } from '../../engine';
import { MAX_CLASS_UPLOADS, MAX_UPLOAD_CHARS, type ScenarioUpload } from '../../protocol/uploads';

/** An instructor's file, read and checked in the page with the game's own checker before anything is sent. */
export type OwnFile =
  | { ok: true; upload: ScenarioUpload; scenario: Scenario; warnings: string[] }
  | { ok: false; file: string; problems: string[] };

/** Reads and checks the files picked; the server checks them again when the session opens. */
export async function readOwnFiles(files: readonly File[]): Promise<OwnFile[]> {
  return Promise.all(
    files.slice(0, MAX_CLASS_UPLOADS).map(async (f): Promise<OwnFile> => {
      if (f.size > MAX_UPLOAD_CHARS)
        return {
          ok: false,
          file: f.name,
          problems: [
            `${f.name} is ${Math.round(f.size / 1000)} KB; a scenario file may be at most ${MAX_UPLOAD_CHARS / 1000} KB`,
          ],
        };
      let text: string;
      try {
        text = await f.text();
      } catch {
        return { ok: false, file: f.name, problems: [`${f.name} could not be read: pick it again`] };
      }
      const result = checkScenario(text, f.name);
      const problems = result.problems.map(formatProblem);
      return result.scenario
        ? { ok: true, upload: { file: f.name, text }, scenario: result.scenario, warnings: problems }
        : { ok: false, file: f.name, problems };
    }),
  );
}
