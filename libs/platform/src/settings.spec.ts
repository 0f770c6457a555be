import { IsBoolean, IsInt, Max, Min, Matches } from 'class-validator';
import { Secret, SettingsError, describeSettings, loadSettings } from './settings';

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
