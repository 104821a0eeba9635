import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { imageType, scenarioFiles, scenarioImages } from '../library/scenario-folder';
import { refuse } from './speak';

/**
 * The game's scenario list and files, read from the folder at each request
 * (as the development server does) rather than from the build's copy: an
 * instructor's new or edited file shows at the next page load. Only the
 * folder's own scenario files, and the images beside them that posts name,
 * are served, by exact name.
 */
export function liveScenarioFiles(app: FastifyInstance, dir: string): void {
  app.get('/scenarios/index.json', async (_req, reply) =>
    reply
      .header('Cache-Control', 'no-cache')
      .type('application/json')
      .send(JSON.stringify(scenarioFiles(dir))),
  );
  app.get<{ Params: { file: string } }>('/scenarios/:file', async (req, reply) => {
    const file = req.params.file;
    if (scenarioImages(dir).includes(file))
      return reply
        .header('Cache-Control', 'no-cache')
        .type(imageType(file))
        .send(readFileSync(join(dir, file)));
    if (!scenarioFiles(dir).includes(file)) return refuse(req, reply, 404, 'no-scenario-file', { file });
    return reply
      .header('Cache-Control', 'no-cache')
      .type('application/json')
      .send(readFileSync(join(dir, file)));
  });
}
