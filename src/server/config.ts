import { isIP } from 'node:net';

/** The server's settings from its environment (see README.md, "Teams and leaderboards" and "Live class sessions"). */
export interface ServerSettings {
  port: number;
  host: string;
  dist: string;
  logger: boolean;
  /** API requests per minute per client address (RATE_LIMIT). */
  rateLimit?: number;
  /** Attempts to join a class per minute per address (CLASS_JOIN_LIMIT). */
  classJoinLimit?: number;
  /** Which proxies' X-Forwarded-For to believe (TRUST_PROXY): none, all, or these addresses and ranges. */
  trustProxy: boolean | string[];
  /** The organiser key (ORGANISER_KEY): when set, creating teams and sessions needs it, and leaderboards are for their team only. */
  organiserKey?: string;
}

/** A setting that is wrong: the server says which and why, and does not start. */
export class SettingError extends Error {}

function positiveInteger(name: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new SettingError(
      `${name} must be a whole number ${max === Number.MAX_SAFE_INTEGER ? 'of at least 1' : `from 1 to ${max}`}, not "${value}"`,
    );
  }
  return n;
}

// The names @fastify/proxy-addr knows, besides addresses and ranges.
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Whether `entry` is an address, a range (address/bits) or one of proxy-addr's names. */
function isProxyEntry(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: unset or "false" trusts no proxy (each connection's own
 * address is the client's); "true" believes X-Forwarded-For from anyone,
 * which is right only when the server can be reached through the proxy
 * alone; otherwise the proxies' addresses or ranges, comma-separated
 * ("127.0.0.1", "10.0.0.0/8,loopback").
 */
export function trustProxyFrom(value: string | undefined): boolean | string[] {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  const entries = v.split(',').map((e) => e.trim());
  const bad = entries.find((e) => !isProxyEntry(e));
  if (bad !== undefined) {
    throw new SettingError(
      `TRUST_PROXY: "${bad}" is not an address or a range; give true, false, or the proxies' addresses, comma-separated (127.0.0.1, 10.0.0.0/8, loopback)`,
    );
  }
  return entries;
}

/** ORGANISER_KEY: unset or empty leaves the server open; a key must be long enough not to be guessed. */
export function organiserKeyFrom(value: string | undefined): string | undefined {
  const key = value?.trim() ?? '';
  if (key === '') return undefined;
  if (key.length < 16 || key.length > 200 || /\s/.test(key))
    throw new SettingError(
      'ORGANISER_KEY must be 16 to 200 characters without spaces (for instance from: openssl rand -base64 24)',
    );
  return key;
}

/** Reads the server's settings; throws a SettingError that names the variable for a value that cannot be used. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const rateLimit = positiveInteger('RATE_LIMIT', env.RATE_LIMIT, Number.MAX_SAFE_INTEGER);
  const classJoinLimit = positiveInteger('CLASS_JOIN_LIMIT', env.CLASS_JOIN_LIMIT, Number.MAX_SAFE_INTEGER);
  const organiserKey = organiserKeyFrom(env.ORGANISER_KEY);
  return {
    port: positiveInteger('PORT', env.PORT, 65_535) ?? 4173,
    host: env.HOST ?? '127.0.0.1',
    dist: env.BRANDSTORM_DIST ?? 'dist',
    logger: env.LOG === '1',
    ...(rateLimit ? { rateLimit } : {}),
    ...(classJoinLimit ? { classJoinLimit } : {}),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    ...(organiserKey ? { organiserKey } : {}),
  };
}
