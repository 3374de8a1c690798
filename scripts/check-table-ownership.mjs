#!/usr/bin/env node
// A lib reads and writes only its own tables (ARCHITECTURE.md: another lib's data comes through
// its services and read ports). Imports of another lib's entities are refused by dependency-cruiser
// (.dependency-cruiser.cjs); this check finds the other ways in: raw SQL naming another lib's table
// (`FROM party`, `JOIN \`user\``) and query builder or repository calls that name one by its table
// or entity name as a string. It reads what ships (libs/*/src), not migrations: a migration may
// copy another lib's rows once, when data moves between libs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const libsDir = join(root, 'libs');

const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' || name === 'testing' ? [] : filesUnder(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });

/** Each lib's tables and entity class names, from its `@Entity('table') … export class Name`. */
const owners = new Map();
const sources = new Map();
for (const lib of readdirSync(libsDir)) {
  const files = filesUnder(join(libsDir, lib, 'src'));
  sources.set(lib, files);
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/@Entity\(\s*'([A-Za-z0-9_]+)'[\s\S]*?export class (\w+)/g)) {
      owners.set(m[1].toLowerCase(), lib);
      owners.set(m[2].toLowerCase(), lib);
    }
  }
}

const name = '[`"\']?([A-Za-z0-9_]+)[`"\']?';
const patterns = [
  new RegExp(`\\b(?:FROM|JOIN|UPDATE|INTO)\\s+${name}`, 'gi'),
  /\b(?:repository|getRepository|createQueryBuilder|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect|from|into|update)\(\s*['"`]([A-Za-z0-9_]+)['"`]/g,
];

const violations = [];
for (const [lib, files] of sources) {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const owner = owners.get(m[1].toLowerCase());
        if (owner && owner !== lib) {
          const line = text.slice(0, m.index).split('\n').length;
          violations.push(
            `${relative(root, file)}:${line}: ${lib} queries ${owner}'s table "${m[1]}": use a service or read port of ${owner}`,
          );
        }
      }
    }
  }
}

if (violations.length) {
  console.error(violations.join('\n'));
  console.error(`\n${violations.length} quer${violations.length === 1 ? 'y' : 'ies'} of another lib's tables`);
  process.exit(1);
}
console.log(`no lib queries another lib's tables (${[...sources.values()].flat().length} files, ${new Set(owners.values()).size} libs)`);
