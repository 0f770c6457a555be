import { loadSettings } from '@prossimo/platform';
import { LauncherSettings } from './launcher.env';
import { SystemSecrets } from './secrets';
import { serviceEnv } from './system';

const secrets: SystemSecrets = { authPrivateKey: 'private', authPublicKey: 'public', reportsMasterKey: 'master', healthDetailsToken: 'a-health-token-of-this-run' };

describe('serviceEnv: what the launcher gives the gateway', () => {
  it('passes TRUST_PROXY (off by default) and the run’s health token to the gateway only', () => {
    const off = serviceEnv(loadSettings(LauncherSettings, {}), secrets, 'gateway');
    expect(off).toMatchObject({ TRUST_PROXY: 'false', HEALTH_DETAILS_TOKEN: 'a-health-token-of-this-run' });
    expect(serviceEnv(loadSettings(LauncherSettings, { TRUST_PROXY: '10.0.0.0/8' }), secrets, 'gateway').TRUST_PROXY).toBe('10.0.0.0/8');
    expect(serviceEnv(loadSettings(LauncherSettings, {}), secrets, 'reports')).not.toHaveProperty('HEALTH_DETAILS_TOKEN');
  });

  it('refuses a TRUST_PROXY that would believe anyone, before starting anything', () => {
    expect(() => loadSettings(LauncherSettings, { TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });
});
