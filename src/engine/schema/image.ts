import { z } from 'zod';
import { coded, type ProblemCode, type ProblemValues } from './problem';
import { TEXT_LIMITS, tooLong } from './text';

/**
 * The file types an image may be: the ones every browser draws. SVG is left
 * out on purpose: it can carry scripts and links to other sites.
 */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'gif'] as const;

/** The longest image path, in characters: a folder or two and a file name. */
export const IMAGE_PATH_LIMIT = 200;

/** The folder of the project that holds images any scenario may use. */
export const ASSETS_PREFIX = 'assets/';

/** One file or folder name: letters, digits, dots, dashes and underscores, not starting with a dot. */
const NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * What is wrong with an image path (a code, and a sentence for the instructor), or
 * undefined when it is one of the two kinds the game can show:
 * - a file name, such as `cold-fries.png`: a file in the scenario's own folder;
 * - `assets/` then a path, such as `assets/images/cold-fries.png`: a file in the project's `assets/` folder.
 * Nothing else is read, so that opening a scenario never makes the game fetch anything from elsewhere.
 */
export function imageSrcProblem(src: string): ImageProblem | undefined {
  const kinds =
    'use a file name in the scenario\'s folder, such as "cold-fries.png", or a path in the project\'s assets/ folder, such as "assets/images/cold-fries.png"';
  const problem = (code: ProblemCode, message: string, values: ProblemValues = {}): ImageProblem => ({
    code,
    message,
    values,
  });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here.
  if (/[\u0000-\u001f\u007f]/.test(src))
    return problem('image-control', 'an image path must not contain control characters');
  if (src.includes('\\')) return problem('image-backslash', 'an image path uses / between folders, never \\');
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(src)) {
    const scheme = src.slice(0, src.indexOf(':') + 1);
    return problem(
      'image-web',
      `an image must be a file of the project, not a web address or a drive ("${scheme}"): the game fetches nothing from elsewhere; ${kinds}`,
      { scheme },
    );
  }
  if (src.startsWith('/'))
    return problem('image-root', `an image path is relative, never from the root ("/…" or "//host"); ${kinds}`);
  const parts = src.split('/');
  if (parts.includes('..')) return problem('image-up', `an image path must not leave its folder with ".."; ${kinds}`);
  if (parts.some((p) => !NAME.test(p)))
    return problem(
      'image-name',
      'each folder and file name of an image path uses letters, digits, dots, dashes and underscores (no spaces), and does not start with a dot',
    );
  const extension = src.slice(src.lastIndexOf('.') + 1).toLowerCase();
  const types = `${IMAGE_EXTENSIONS.slice(0, -1).join(', ')}, ${IMAGE_EXTENSIONS.at(-1)}`;
  if (!src.includes('.') || !(IMAGE_EXTENSIONS as readonly string[]).includes(extension))
    return problem(
      'image-type',
      `an image is a ${IMAGE_EXTENSIONS.slice(0, -1).join(', ')} or ${IMAGE_EXTENSIONS.at(-1)} file`,
      { types },
    );
  if (parts.length > 1 && !src.startsWith(ASSETS_PREFIX))
    return problem('image-folder', `an image in a folder other than assets/ cannot be found; ${kinds}`);
  return undefined;
}

/** What is wrong with an image path: its code and values, and the English sentence for the command line. */
export interface ImageProblem {
  code: ProblemCode;
  message: string;
  values: ProblemValues;
}

/** True when the image is in the project's `assets/` folder, false when it is in the scenario's own folder. */
export const inAssets = (src: string): boolean => src.startsWith(ASSETS_PREFIX);

/** The alternative text in one language: a sentence or two. */
const altText = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(TEXT_LIMITS.line, tooLong('an alternative text', TEXT_LIMITS.line))
  .optional();

/** An image that goes with a feed post, drawn from a file of the project. */
export const ImageSchema = z.strictObject({
  /**
   * The image file: a file name in the scenario's own folder (`"cold-fries.png"`), or a path in
   * the project's `assets/` folder (`"assets/images/cold-fries.png"`). A png, jpg, jpeg, webp or
   * gif file, at most 200 characters, letters, digits, dots, dashes and underscores. Web
   * addresses are refused: the game never fetches anything from elsewhere. A scenario opened in
   * the browser from a file has no folder: only its images in `assets/` are shown.
   */
  src: z
    .string({ error: 'expected the image file\'s path, such as "cold-fries.png"' })
    .min(1, { error: 'must not be empty', abort: true })
    .max(IMAGE_PATH_LIMIT, { ...tooLong('an image path', IMAGE_PATH_LIMIT), abort: true })
    .superRefine((src, ctx) => {
      const problem = imageSrcProblem(src);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.message, ...coded(problem.code, problem.values) });
    }),
  /**
   * What the image shows, in words, in each of the scenario's languages: `{ "en": "…", "fr": "…" }`.
   * Screen readers read it, and the game shows it in the image's place when the image cannot be drawn.
   */
  alt: z
    .strictObject(
      { en: altText, fr: altText, it: altText },
      {
        error: 'expected the alternative text in each of the scenario\'s languages, such as { "en": "…", "fr": "…" }',
      },
    )
    .refine((t) => Object.keys(t).length > 0, {
      error: "give the alternative text in each of the scenario's languages",
    }),
});

export type PostImage = z.infer<typeof ImageSchema>;
