import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from source (apps/api/src) or from the build (dist/apps/api/src). */
const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = here.includes(`${join('dist', 'apps')}`) ? resolve(here, '../../../..') : resolve(here, '../../..');
export const DASHBOARD_DIST = join(REPO_ROOT, 'apps/dashboard/dist');

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
