import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { settingsFromEnv, trustProxyFrom } from '../../src/server/config';
import { freePort, teamServer } from '../support/team-server';

const dir = mkdtempSync(join(tmpdir(), 'brandstorm-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the server's settings", () => {
  it('default to one address per client and the documented limits', () => {
    expect(settingsFromEnv({})).toEqual({
      port: 4173,
      host: '127.0.0.1',
      dist: 'dist',
      logger: false,
      trustProxy: false,
    });
    expect(settingsFromEnv({ RATE_LIMIT: '3000', CLASS_JOIN_LIMIT: '120', PORT: '8080' })).toMatchObject({
      rateLimit: 3000,
      classJoinLimit: 120,
      port: 8080,
    });
    // The load benchmark lifts the limits out of its way.
    expect(settingsFromEnv({ RATE_LIMIT: '100000000' }).rateLimit).toBe(100_000_000);
  });

  it('trust a proxy by address, by range, by name, or not at all', () => {
    expect(trustProxyFrom(undefined)).toBe(false);
    expect(trustProxyFrom('false')).toBe(false);
    expect(trustProxyFrom('true')).toBe(true);
    expect(trustProxyFrom('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(trustProxyFrom(' 10.0.0.0/8, loopback ,::1 ')).toEqual(['10.0.0.0/8', 'loopback', '::1']);
    expect(trustProxyFrom('fd00::/8')).toEqual(['fd00::/8']);
  });

  it('refuse a value that cannot be used, naming the variable', () => {
    expect(() => settingsFromEnv({ RATE_LIMIT: 'lots' })).toThrow(
      'RATE_LIMIT must be a whole number of at least 1, not "lots"',
    );
    expect(() => settingsFromEnv({ RATE_LIMIT: '2.5' })).toThrow(
      'RATE_LIMIT must be a whole number of at least 1, not "2.5"',
    );
    expect(() => settingsFromEnv({ CLASS_JOIN_LIMIT: '0' })).toThrow('CLASS_JOIN_LIMIT must be a whole number');
    expect(() => settingsFromEnv({ PORT: '70000' })).toThrow(
      'PORT must be a whole number from 1 to 65535, not "70000"',
    );
    // Hop counts are not accepted: Fastify trusts no one for them, which would silently undo the setting.
    expect(() => trustProxyFrom('1')).toThrow('TRUST_PROXY: "1" is not an address or a range');
    expect(() => trustProxyFrom('10.0.0.0/33')).toThrow('TRUST_PROXY: "10.0.0.0/33" is not an address or a range');
    expect(() => trustProxyFrom('proxy.example.org')).toThrow(/give true, false, or the proxies' addresses/);
  });

  it('stop the real server at start with that sentence', async () => {
    const server = teamServer(await freePort(), join(dir, 'runs.db'), { TRUST_PROXY: 'my-proxy' });
    await expect(server.start()).rejects.toThrow(
      /exited \(code 1\)[\s\S]*Brandstorm cannot start: TRUST_PROXY: "my-proxy" is not an address or a range/,
    );
  }, 60_000);
});
