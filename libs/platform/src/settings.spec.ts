import { IsBoolean, IsInt, Max, Min, Matches } from 'class-validator';
import { Secret, SettingsError, describeSettings, loadSettings } from './settings';
import { ServiceSettings, crashPlanOf } from './service-settings';

class Sample {
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsBoolean()
  DEMO = true;

  @Secret()
  @Matches(/^postgres:\/\//)
  DATABASE_URL = 'postgres://localhost/x';
}

describe('loadSettings', () => {
  it('applies defaults and converts numbers and booleans by the type of their default', () => {
    expect(loadSettings(Sample, {})).toMatchObject({ PORT: 3000, DEMO: true });
    expect(loadSettings(Sample, { PORT: '8080', DEMO: 'false' })).toMatchObject({ PORT: 8080, DEMO: false });
  });

  it('fails fast naming every bad variable', () => {
    try {
      loadSettings(Sample, { PORT: 'eighty', DEMO: 'maybe', DATABASE_URL: 'mysql://x' });
      throw new Error('expected a SettingsError');
    } catch (err) {
      expect(err).toBeInstanceOf(SettingsError);
      const problems = (err as SettingsError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DEMO/);
      expect(problems).toMatch(/DATABASE_URL/);
    }
  });

  it('never describes a secret', () => {
    expect(describeSettings(loadSettings(Sample, { DATABASE_URL: 'postgres://user:pw@h/db' }))).toMatchObject({ DATABASE_URL: '***', PORT: 3000 });
  });
});

describe('bus settings', () => {
  const base = { DATABASE_URL: 'postgres://x/y', AUTH_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----' };

  it('refuses to start in production without the bus password', () => {
    expect(() => loadSettings(ServiceSettings, { ...base, NODE_ENV: 'production' })).toThrow(/NATS_PASSWORD is required when NODE_ENV=production/);
    expect(loadSettings(ServiceSettings, { ...base, NODE_ENV: 'production', NATS_PASSWORD: 'p0123456789abcdef0123' }).NATS_PASSWORD).toBe('p0123456789abcdef0123');
  });

  it('lets a local run use an open bus, and refuses a password the NATS server would misread', () => {
    expect(loadSettings(ServiceSettings, base).NATS_PASSWORD).toBe('');
    expect(() => loadSettings(ServiceSettings, { ...base, NATS_PASSWORD: '12345678901234567890' })).toThrow(/NATS_PASSWORD must be a letter/);
    expect(() => loadSettings(ServiceSettings, { ...base, NATS_PASSWORD: 'short' })).toThrow(/NATS_PASSWORD/);
  });

  it('takes a test-only crash point outside production, and refuses it (or an unknown one) in production', () => {
    const prod = { ...base, NODE_ENV: 'production', NATS_PASSWORD: 'p0123456789abcdef0123' };
    expect(crashPlanOf(loadSettings(ServiceSettings, base))).toBeNull();
    expect(crashPlanOf(loadSettings(ServiceSettings, { ...base, FAULT_CRASH_AT: 'after-effect-before-ack', FAULT_CRASH_AFTER: '3' }))).toEqual({ at: 'after-effect-before-ack', after: 3 });
    expect(() => loadSettings(ServiceSettings, { ...prod, FAULT_CRASH_AT: 'after-publish-before-mark' })).toThrow(/FAULT_CRASH_AT is a test-only setting .*refused when NODE_ENV=production/);
    expect(crashPlanOf(loadSettings(ServiceSettings, prod))).toBeNull();
    expect(() => loadSettings(ServiceSettings, { ...base, FAULT_CRASH_AT: 'somewhere' })).toThrow(/FAULT_CRASH_AT must be empty or one of/);
    expect(() => loadSettings(ServiceSettings, { ...base, FAULT_CRASH_AT: 'after-effect-before-ack', FAULT_CRASH_AFTER: '0' })).toThrow(/FAULT_CRASH_AFTER/);
  });
});
