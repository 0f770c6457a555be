import { loadSettings, SettingsError } from '@prossimo/platform';
import { GatewaySettings } from './gateway.env';
import { parseTrustProxy } from './trust-proxy';

const KEY = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----';

describe('TRUST_PROXY', () => {
  it.each([
    ['', false],
    ['false', false],
    ['off', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['10.0.0.0/8', ['10.0.0.0/8']],
    ['10.0.0.0/8, 192.168.1.7 ,loopback', ['10.0.0.0/8', '192.168.1.7', 'loopback']],
    ['fd00::/8,uniquelocal', ['fd00::/8', 'uniquelocal']],
  ])('reads %j', (raw, expected) => {
    expect(parseTrustProxy(raw)).toEqual(expected);
  });

  it.each(['true', 'yes', '11', '10.0.0.0/33', '10.0.0/8', 'proxy.example', '::1/129', '1.2.3.4/8/8'])('refuses %j', (raw) => {
    expect(() => parseTrustProxy(raw)).toThrow();
  });

  it('is validated at boot, naming the variable and the reason', () => {
    let caught: unknown;
    try {
      loadSettings(GatewaySettings, { AUTH_PRIVATE_KEY: KEY, TRUST_PROXY: 'true' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SettingsError);
    expect((caught as Error).message).toMatch(/TRUST_PROXY: "true" would believe any client/);
    expect(loadSettings(GatewaySettings, { AUTH_PRIVATE_KEY: KEY }).TRUST_PROXY).toBe('false');
  });
});
