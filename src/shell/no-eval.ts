import { z } from 'zod';

/**
 * The server's content policy forbids eval, and Zod, which compiles its parsers with `new Function`
 * where it may, probes for it on first use: the probe is caught, but the browser still reports a
 * policy violation. Imported first by each page and worker, so that Zod never tries.
 */
z.config({ jitless: true });
