import { z } from 'zod';
import { coded, withCode, type Coded, type ProblemCode, type ProblemValues } from './problem';
import { TEXT_LIMITS } from './text';

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
 * What is wrong with an image path, as a code and values, or
 * undefined when it is one of the two kinds the game can show:
 * - a file name, such as `cold-fries.png`: a file in the scenario's own folder;
 * - `assets/` then a path, such as `assets/images/cold-fries.png`: a file in the project's `assets/` folder.
 * Nothing else is read, so that opening a scenario never makes the game fetch anything from elsewhere.
 */
export function imageSrcProblem(src: string): Coded | undefined {
  const problem = (code: ProblemCode, values: ProblemValues = {}): Coded => ({ code, values });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here.
  if (/[\u0000-\u001f\u007f]/.test(src)) return problem('image-control');
  if (src.includes('\\')) return problem('image-backslash');
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(src))
    return problem('image-web', { scheme: src.slice(0, src.indexOf(':') + 1) });
  if (src.startsWith('/')) return problem('image-root');
  const parts = src.split('/');
  if (parts.includes('..')) return problem('image-up');
  if (parts.some((p) => !NAME.test(p))) return problem('image-name');
  const extension = src.slice(src.lastIndexOf('.') + 1).toLowerCase();
  if (!src.includes('.') || !(IMAGE_EXTENSIONS as readonly string[]).includes(extension))
    return problem('image-type', { types: IMAGE_EXTENSIONS.join(', ') });
  if (parts.length > 1 && !src.startsWith(ASSETS_PREFIX)) return problem('image-folder');
  return undefined;
}

/** True when the image is in the project's `assets/` folder, false when it is in the scenario's own folder. */
export const inAssets = (src: string): boolean => src.startsWith(ASSETS_PREFIX);

/** The alternative text in one language: a sentence or two. */
const altText = z.string().min(1).max(TEXT_LIMITS.line).optional();

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
    .string()
    .min(1, { abort: true })
    .max(IMAGE_PATH_LIMIT, { abort: true })
    .superRefine((src, ctx) => {
      const problem = imageSrcProblem(src);
      if (problem) ctx.addIssue({ code: 'custom', ...coded(problem.code, problem.values) });
    }),
  /**
   * What the image shows, in words, in each of the scenario's languages: `{ "en": "…", "fr": "…" }`.
   * Screen readers read it, and the game shows it in the image's place when the image cannot be drawn.
   */
  alt: z
    .strictObject({ en: altText, fr: altText, it: altText }, withCode('alt-form'))
    .refine((t) => Object.keys(t).length > 0, coded('text-no-language')),
});

export type PostImage = z.infer<typeof ImageSchema>;
