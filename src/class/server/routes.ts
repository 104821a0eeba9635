import type { FastifyInstance } from 'fastify';
import type { Analyser } from '../../engine';
import type { Db } from '../../server/db/database';
import type { Library } from '../../server/library';
import { memoryBus, type ClassBus } from './bus';
import { instructorRoutes } from './instructor-routes';
import { closeAll, noStreams, type StreamLimits } from './sse';
import type { OrganiserCheck } from '../../server/organiser';
import { traineeRoutes } from './trainee-routes';
import type { UploadedScenarios } from '../../server/uploads/shelf';

/** Live class sessions: the instructor's class view and the trainees' side. */
export function classRoutes(
  app: FastifyInstance,
  opts: {
    db: Db;
    library: Library;
    uploads: UploadedScenarios;
    analyser: Analyser;
    organiser: OrganiserCheck;
    organiserKeySet: boolean;
    bus?: ClassBus;
    joinLimit?: number;
    streamLimits?: StreamLimits;
  },
): void {
  const streams = noStreams(opts.streamLimits);
  const ctx = {
    db: opts.db,
    library: opts.library,
    uploads: opts.uploads,
    analyser: opts.analyser,
    bus: opts.bus ?? memoryBus(),
    streams,
    joinLimit: opts.joinLimit ?? 60,
    organiser: opts.organiser,
    organiserKeySet: opts.organiserKeySet,
  };
  // Open streams would keep the server from closing.
  app.addHook('preClose', async () => closeAll(streams));
  instructorRoutes(app, ctx);
  traineeRoutes(app, ctx);
}
