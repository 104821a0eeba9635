import { MAX_UPLOAD_CHARS } from '../../protocol/uploads';

/**
 * The request body a route taking `files` scenario uploads accepts: the
 * server's 64 KB default is far below one scenario, and JSON escaping can
 * make a text up to twice as long (quotes and line breaks).
 */
export const uploadBodyLimit = (files: number) => files * 2 * MAX_UPLOAD_CHARS + 16_384;
