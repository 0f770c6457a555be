import { createPrivateKey, createPublicKey, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsError, generateTokenKeys, pemFromEnv } from '@prossimo/platform';
import type { ServiceKey } from '../services';
import { LauncherSettings } from './launcher.env';

export interface SystemSecrets {
  authPrivateKey: string;
  authPublicKey: string;
  reportsMasterKey: string;
  /** Reads /health's details (X-Health-Token): HEALTH_DETAILS_TOKEN, else a new random one per run, never stored. */
  healthDetailsToken: string;
}

/**
 * The token-signing key pair and the reports master key. In production they must come from the
 * environment (a secret store); on a developer's machine they are made once and kept in
 * PROSSIMO_STATE_DIR so that tokens and encrypted data survive a restart.
 */
export function loadSecrets(s: LauncherSettings): SystemSecrets {
  const healthDetailsToken = s.HEALTH_DETAILS_TOKEN || randomBytes(24).toString('base64url');
  const fromEnv = (priv: string, master: string): SystemSecrets => {
    const pem = pemFromEnv(priv);
    return {
      authPrivateKey: pem,
      authPublicKey: createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'pem' }).toString(),
      reportsMasterKey: master,
      healthDetailsToken,
    };
  };
  if (s.AUTH_PRIVATE_KEY && s.REPORTS_MASTER_KEY) return fromEnv(s.AUTH_PRIVATE_KEY, s.REPORTS_MASTER_KEY);
  if (s.NODE_ENV === 'production') throw new Error('AUTH_PRIVATE_KEY and REPORTS_MASTER_KEY must be set in production');
  const file = join(s.PROSSIMO_STATE_DIR, 'dev-secrets.json');
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { authPrivateKey: string; reportsMasterKey: string };
    return fromEnv(s.AUTH_PRIVATE_KEY || saved.authPrivateKey, s.REPORTS_MASTER_KEY || saved.reportsMasterKey);
  }
  const keys = generateTokenKeys();
  const secrets = { authPrivateKey: s.AUTH_PRIVATE_KEY || keys.privateKey, reportsMasterKey: s.REPORTS_MASTER_KEY || randomBytes(32).toString('base64') };
  mkdirSync(s.PROSSIMO_STATE_DIR, { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return fromEnv(secrets.authPrivateKey, secrets.reportsMasterKey);
}

/**
 * What `serve <service>` needs, and nothing more: in production each process is given only its
 * own secrets (the gateway the signing key, reports the master key, the others the public key),
 * so a compromised service cannot mint tokens or open the vault. Elsewhere: as loadSecrets.
 */
export function secretsFor(s: LauncherSettings, service: ServiceKey): Partial<SystemSecrets> & Pick<SystemSecrets, 'authPublicKey'> {
  if (s.NODE_ENV !== 'production') return loadSecrets(s);
  const missing: string[] = [];
  const privatePem = s.AUTH_PRIVATE_KEY ? pemFromEnv(s.AUTH_PRIVATE_KEY) : '';
  const publicPem = s.AUTH_PUBLIC_KEY ? pemFromEnv(s.AUTH_PUBLIC_KEY) : privatePem ? createPublicKey(createPrivateKey(privatePem)).export({ type: 'spki', format: 'pem' }).toString() : '';
  if (service === 'gateway' && !privatePem) missing.push('AUTH_PRIVATE_KEY: the gateway signs tokens with it');
  if (service !== 'gateway' && !publicPem) missing.push(`AUTH_PUBLIC_KEY: ${service} verifies tokens with it`);
  if (service === 'reports' && !s.REPORTS_MASTER_KEY) missing.push('REPORTS_MASTER_KEY: the reports vault needs it');
  if (missing.length) throw new SettingsError(missing);
  return {
    authPublicKey: publicPem,
    ...(service === 'gateway' ? { authPrivateKey: privatePem } : {}),
    ...(service === 'reports' ? { reportsMasterKey: s.REPORTS_MASTER_KEY } : {}),
  };
}
