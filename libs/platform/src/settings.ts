import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

const SECRET_KEY = Symbol('prossimo:secret');

/** Marks a setting as secret: `describeSettings` never prints its value. */
export function Secret(): PropertyDecorator {
  return (target, property) => {
    const list: (string | symbol)[] = Reflect.getMetadata(SECRET_KEY, target) ?? [];
    Reflect.defineMetadata(SECRET_KEY, [...list, property], target);
  };
}

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid settings:\n  - ${problems.join('\n  - ')}`);
    this.name = 'SettingsError';
  }
}

function flatten(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`),
    ...flatten(e.children ?? []),
  ]);
}

/**
 * Reads a settings class from the environment, converting numbers and booleans, applying the
 * class's defaults, and failing fast with every bad variable named. The one place a service
 * reads process.env.
 */
export function loadSettings<T extends object>(cls: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const defaults = new cls() as Record<string, unknown>;
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) {
    const raw = env[key];
    const fallback = defaults[key];
    if (raw === undefined || raw === '') plain[key] = fallback;
    // The type of each setting is the type of its default (decorator metadata does not see inferred types).
    else if (typeof fallback === 'number') plain[key] = /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
    else if (typeof fallback === 'boolean') plain[key] = /^(true|1|yes)$/i.test(raw) ? true : /^(false|0|no)$/i.test(raw) ? false : raw;
    else plain[key] = raw;
  }
  const instance = plainToInstance(cls, plain, { exposeDefaultValues: true });
  const errors = validateSync(instance, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw new SettingsError(flatten(errors));
  return instance;
}

/** The settings with secrets masked, for logs. */
export function describeSettings(settings: object): Record<string, unknown> {
  const secrets: (string | symbol)[] = Reflect.getMetadata(SECRET_KEY, settings) ?? [];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(settings)) out[k] = secrets.includes(k) ? (v ? '***' : v) : v;
  return out;
}

/** Multi-line PEM keys are easier to pass with "\n" escapes in one-line environment variables. */
export function pemFromEnv(value: string): string {
  return value.includes('\\n') ? value.replace(/\\n/g, '\n') : value;
}
