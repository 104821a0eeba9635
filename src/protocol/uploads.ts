import { z } from 'zod';
import { addProblem } from './refusal';
import { cleanText } from './text';

/**
 * An instructor's own scenario file, sent to the server for a class session
 * or a team: the file's name (for messages) and its text, checked on the
 * server by the same checker as the game's.
 */

/** A scenario of the library is about 60 KB; this leaves room for long ones and stops a file that is not a scenario. */
export const MAX_UPLOAD_CHARS = 512_000;
/** Uploads at most in one class session. */
export const MAX_CLASS_UPLOADS = 3;

export const ScenarioUpload = z.strictObject({
  /** The file's name, as the instructor picked it: only said back in messages. */
  file: cleanText(z.string().trim().min(1).max(200), 'file'),
  /** The scenario's JSON text. */
  text: z.string().superRefine((text, ctx) => {
    if (text.length > MAX_UPLOAD_CHARS)
      addProblem(ctx, { code: 'file-too-large', values: { max: MAX_UPLOAD_CHARS / 1000 } });
  }),
});
export type ScenarioUpload = z.infer<typeof ScenarioUpload>;

/**
 * A refused upload: the refusal (`upload-refused`, the file and how many problems), then each
 * problem as the checker prints it (file:line:column, path, message) in the request's language.
 */
export const UploadRefusal = z.object({
  code: z.literal('upload-refused'),
  values: z.object({ file: z.string(), n: z.number() }),
  error: z.string(),
  problems: z.array(z.string()),
});
export type UploadRefusal = z.infer<typeof UploadRefusal>;
