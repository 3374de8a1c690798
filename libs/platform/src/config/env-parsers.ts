/** Small, strict parsers for environment variables; each throws a message that names what it expects. */
export class ConfigError extends Error {}

export type Parser<T> = (raw: string) => T;

export const integer = (min: number, max: number): Parser<number> => (raw) => {
  if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(`must be an integer between ${min} and ${max}`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`must be an integer between ${min} and ${max}`);
  return value;
};

export const oneOf = <T extends string>(...allowed: T[]): Parser<T> => (raw) => {
  const value = raw.trim() as T;
  if (!allowed.includes(value)) throw new ConfigError(`must be one of ${allowed.join(', ')}`);
  return value;
};

export const boolean: Parser<boolean> = (raw) => {
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError('must be true or false');
};

export const text = (minLength = 1): Parser<string> => (raw) => {
  if (raw.length < minLength) throw new ConfigError(`must be at least ${minLength} characters`);
  return raw;
};

export const url = (...protocols: string[]): Parser<string> => (raw) => {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`must be a URL (${protocols.join(', ')})`);
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(`must be a URL (${protocols.join(', ')})`);
  return raw.replace(/\/+$/, '');
};

export const list: Parser<string[]> = (raw) =>
  raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** A byte size such as `1mb`, `512kb` or `1048576`. */
export const byteSize: Parser<number> = (raw) => {
  const match = /^(\d+)\s*(b|kb|mb)?$/i.exec(raw.trim());
  if (!match) throw new ConfigError('must be a size such as 1048576, 512kb or 1mb');
  const unit = (match[2] ?? 'b').toLowerCase();
  return Number(match[1]) * (unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1);
};
