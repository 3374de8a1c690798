import { isIP } from 'node:net';

/** Small, strict parsers for environment variables; each throws a message that names what it expects. */
export class ConfigError extends Error {}

export type Parser<T> = (raw: string) => T;

export const integer =
  (min: number, max: number): Parser<number> =>
  (raw) => {
    if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(`must be an integer between ${min} and ${max}`);
    const value = Number(raw);
    if (value < min || value > max) throw new ConfigError(`must be an integer between ${min} and ${max}`);
    return value;
  };

/** A decimal number within bounds, e.g. `0.5` hours. */
export const positiveNumber =
  (min: number, max: number): Parser<number> =>
  (raw) => {
    const value = Number(raw.trim());
    if (!/^\d+(\.\d+)?$/.test(raw.trim()) || value < min || value > max)
      throw new ConfigError(`must be a number between ${min} and ${max}`);
    return value;
  };

export const oneOf =
  <T extends string>(...allowed: T[]): Parser<T> =>
  (raw) => {
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

export const text =
  (minLength = 1): Parser<string> =>
  (raw) => {
    if (raw.length < minLength) throw new ConfigError(`must be at least ${minLength} characters`);
    return raw;
  };

export const url =
  (...protocols: string[]): Parser<string> =>
  (raw) => {
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

const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** Trusted proxies: `false` (or off), or addresses, CIDRs (`10.0.0.0/8`) and range names, comma-separated. */
export const proxyList: Parser<string[] | false> = (raw) => {
  if (['0', 'false', 'no', 'off'].includes(raw.trim().toLowerCase())) return false;
  const entries = list(raw);
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const validBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!PROXY_RANGE_NAMES.includes(entry) && (!family || !validBits || rest.length)) {
      throw new ConfigError(
        `must be off, or proxy addresses and CIDRs such as 10.0.0.1,192.168.0.0/16 (or ${PROXY_RANGE_NAMES.join(', ')}); "${entry}" is none of these`,
      );
    }
  }
  return entries.length ? entries : false;
};
