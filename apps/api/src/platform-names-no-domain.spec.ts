import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AppConfig, type PermissionSet, type SettingReader, type SettingsClass } from '@contactly/platform';
import { IDENTITY_PERMISSIONS } from '@contactly/identity';
import { CUSTOMERS_PERMISSIONS } from '@contactly/customers';
import { COMMUNICATIONS_PERMISSIONS } from '@contactly/communications';
import { SUPPORT_HUB_PERMISSIONS } from '@contactly/support-hub';
import { DOMAIN_SETTINGS } from './app.module.js';

/**
 * Platform is the mechanism every lib stands on: the permissions and settings of a domain live in
 * that domain's lib. This fails when platform's source names one: a domain's permission (or its
 * area, `customers:`), a domain's environment variable (or its prefix, `SUPPORT_`), or a domain lib.
 */
const ROOT = join(import.meta.dirname, '../../..');
const PLATFORM_SOURCE = join(ROOT, 'libs/platform/src');
const DOMAIN_LIBS = ['identity', 'customers', 'communications', 'support-hub'];
const DOMAIN_PERMISSIONS: PermissionSet[] = [
  IDENTITY_PERMISSIONS,
  CUSTOMERS_PERMISSIONS,
  COMMUNICATIONS_PERMISSIONS,
  SUPPORT_HUB_PERMISSIONS,
];

/** The variables a lib's settings read, found by reading them from an empty environment. */
function variablesOf(settings: SettingsClass<unknown>): string[] {
  const names: string[] = [];
  const read: SettingReader = (name, _parser, fallback) => {
    names.push(name);
    return fallback;
  };
  new settings(Object.assign(Object.create(AppConfig.prototype) as AppConfig, { read, nodeEnv: 'development' }));
  return names;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const permissions = DOMAIN_PERMISSIONS.flatMap((set) => set.names);
const areas = [...new Set(permissions.map((name) => `'${name.split(':')[0]}:`))];
const variables = DOMAIN_SETTINGS.flatMap(variablesOf);
const variablePrefixes = [...new Set(variables.map((name) => `${name.split('_')[0]}_`))];
const libImports = DOMAIN_LIBS.map((lib) => `@contactly/${lib}`);

describe('platform names no domain', () => {
  it('knows what to look for', () => {
    expect(permissions).toEqual(expect.arrayContaining(['customers:read', 'support-hub:refresh', 'communications:send', 'users:read']));
    expect(variables).toEqual(expect.arrayContaining(['BANANA_URL', 'SUPPORT_HUB_REFRESH_HOURS', 'COMMUNICATIONS_DISPATCHER', 'SMTP_URL']));
  });

  it.each([
    ['a domain permission', permissions],
    ['a domain permission area', areas],
    ['a domain setting', variables],
    ['a domain setting prefix', variablePrefixes],
    ['a domain lib', libImports],
  ])('no platform source names %s', (_what, names) => {
    const found = sourceFiles(PLATFORM_SOURCE).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return names.filter((name) => text.includes(name)).map((name) => `${relative(ROOT, file)}: ${name}`);
    });
    expect(found).toEqual([]);
  });
});
