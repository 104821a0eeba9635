import { checkScenario, type Locale, type Scenario } from '../../engine';
import { t } from '../../i18n';
import { problemLine } from '../../i18n/problems';
import { MAX_CLASS_UPLOADS, MAX_UPLOAD_CHARS, type ScenarioUpload } from '../../protocol/uploads';

/** An instructor's file, read and checked in the page with the game's own checker before anything is sent. */
export type OwnFile =
  | { ok: true; upload: ScenarioUpload; scenario: Scenario; warnings: string[] }
  | { ok: false; file: string; problems: string[] };

/** Reads and checks the files picked; the server checks them again when the session opens. */
export async function readOwnFiles(files: readonly File[], locale: Locale): Promise<OwnFile[]> {
  return Promise.all(
    files.slice(0, MAX_CLASS_UPLOADS).map(async (f): Promise<OwnFile> => {
      if (f.size > MAX_UPLOAD_CHARS)
        return {
          ok: false,
          file: f.name,
          problems: [
            t(locale, 'cv.fileTooBig', { file: f.name, kb: Math.round(f.size / 1000), max: MAX_UPLOAD_CHARS / 1000 }),
          ],
        };
      let text: string;
      try {
        text = await f.text();
      } catch {
        return { ok: false, file: f.name, problems: [t(locale, 'cv.fileUnreadable', { file: f.name })] };
      }
      const result = checkScenario(text, f.name);
      const problems = result.problems.map((p) => problemLine(p, locale));
      return result.scenario
        ? { ok: true, upload: { file: f.name, text }, scenario: result.scenario, warnings: problems }
        : { ok: false, file: f.name, problems };
    }),
  );
}
