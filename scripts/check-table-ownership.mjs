#!/usr/bin/env node
// A lib reads and writes only its own tables (ARCHITECTURE.md: another lib's data comes through
// its services and read ports). Imports of another lib's entities are refused by dependency-cruiser
// (.dependency-cruiser.cjs, including the `@contactly/<lib>/persistence` entries); this check finds
// the other ways in:
// - raw SQL naming another lib's table (`FROM party`, `JOIN \`user\``), or interpolating it
//   (`FROM ${PARTY_TABLE}`: the constant is looked up; one that cannot be is refused outside platform,
//   whose generic helpers are handed a caller's table);
// - query builder, repository and EntityManager calls naming another lib's table or entity as a string
//   (`manager.findBy('Party', …)`, `createQueryBuilder('party', …)`);
// - another lib's columns: through the alias a read port's join hands out (`this.users.joinLogins(qb,
//   'u', …)` then `'u.active'`), and any `<alias>.<column>` naming a column (one with an underscore,
//   `username_key`) that only other libs' entities declare.
// Tables are known from `@Entity('t')`, `@Entity({ name: 't' })` and `@Entity()` (TypeORM's snake_case
// of the class name). It reads what ships (libs/*/src), not migrations: a migration may copy another
// lib's rows once, when data moves between libs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const libsDir = join(root, 'libs');

const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' || name === 'testing' ? [] : filesUnder(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });

/** TypeORM's DefaultNamingStrategy table name for an entity class without one (`PartySearchKey` → `party_search_key`). */
const snakeCase = (className) => className.replace(/(?:([a-z])([A-Z]))|(?:((?!^)[A-Z])([a-z]))/g, '$1_$3$2$4').toLowerCase();

const sources = new Map(); // lib → [{ file, text }]
for (const lib of readdirSync(libsDir)) {
  sources.set(
    lib,
    filesUnder(join(libsDir, lib, 'src')).map((file) => ({ file, text: readFileSync(file, 'utf8') })),
  );
}

/** Each lib's tables and entity class names, and the column names its entities declare. */
const owners = new Map();
const columnsOf = new Map(); // lib → Set of column names
const entityDeclaration = /@Entity\(\s*(?:'(\w+)'|\{[^)]*?\bname:\s*'(\w+)'[^)]*\}|\{[^)]*\})?\s*\)[\s\S]*?export class (\w+)/g;
const columnName =
  /@(?:Column|PrimaryColumn|PrimaryGeneratedColumn|JoinColumn|VersionColumn|CreateDateColumn|UpdateDateColumn)\(\{[^)]*?\bname:\s*'(\w+)'/g;
for (const [lib, files] of sources) {
  const columns = new Set();
  for (const { text } of files) {
    for (const [, table, namedTable, className] of text.matchAll(entityDeclaration)) {
      owners.set((table ?? namedTable ?? snakeCase(className)).toLowerCase(), lib);
      owners.set(className.toLowerCase(), lib);
    }
    for (const [, column] of text.matchAll(columnName)) columns.add(column);
  }
  columnsOf.set(lib, columns);
}
/** Columns only other libs declare: those a lib names through an alias are another lib's. */
const foreignColumns = (lib) => {
  const own = columnsOf.get(lib);
  return new Set([...columnsOf].filter(([other]) => other !== lib).flatMap(([, columns]) => [...columns].filter((c) => !own.has(c))));
};

/** A lib's string constants (`const PARTY_TABLE = 'party'`), to resolve `${PARTY_TABLE}` and aliases. */
const constantsOf = (files) =>
  new Map(
    files.flatMap(({ text }) => [...text.matchAll(/\bconst (\w+)\s*(?::\s*\w+\s*)?=\s*['"`]([\w.]+)['"`]/g)].map((m) => [m[1], m[2]])),
  );

const lineOf = (text, index) => text.slice(0, index).split('\n').length;
/** Comments blanked (same length, so indexes still give lines): an example in a comment queries nothing. */
const withoutComments = (text) => text.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$|\s\/\/\s.*$/gm, (comment) => comment.replace(/[^\n]/g, ' '));
/** The string literals of a source (template literals whole). */
const stringLiterals = (text) => [...withoutComments(text).matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)];

/** The argument after the first of a call whose `(` is at `open` (the alias a join port is handed). */
const secondArgument = (text, open) => {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if ('([{'.includes(text[i])) depth++;
    else if (')]}'.includes(text[i]) && --depth === 0) return null;
    else if (text[i] === ',' && depth === 1) return text.slice(i + 1).match(/^\s*(?:['"`](\w+)['"`]|(\w+))/);
  }
  return null;
};

const name = '[`"\']?([A-Za-z0-9_]+)[`"\']?';
const tableNamed = [
  new RegExp(`\\b(?:FROM|JOIN|UPDATE|INTO)\\s+${name}`, 'gi'),
  new RegExp(
    '\\b(?:repository|getRepository|getMetadata|createQueryBuilder|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect|from|into|' +
      'find|findBy|findOne|findOneBy|findOneOrFail|findOneByOrFail|findAndCount|findAndCountBy|count|countBy|exists|existsBy|' +
      'delete|softDelete|restore|insert|update|upsert|save|remove|increment|decrement|sum|average|minimum|maximum|clear)' +
      '\\(\\s*[\'"`]([A-Za-z0-9_]+)[\'"`]',
    'g',
  ),
];
// Upper case only: `from ${date}` in a message is prose, `FROM ${TABLE}` is SQL.
const interpolatedTable = /\b(?:FROM|JOIN|UPDATE|INTO)\s+[`"']?\$\{\s*([^}]+?)\s*\}/g;
const portJoin = /\bthis\.\w+\.join\w*\(/g;

const violations = [];
for (const [lib, files] of sources) {
  const constants = constantsOf(files);
  const notOwn = foreignColumns(lib);
  const report = (file, text, index, what) => violations.push(`${relative(root, file)}:${lineOf(text, index)}: ${lib} ${what}`);
  const queries = (file, text, index, table, owner) =>
    report(file, text, index, `queries ${owner}'s table "${table}": use a service or read port of ${owner}`);

  // The aliases another lib's read ports join under, by folder: a feature's list spec and repository share them.
  const portAliases = new Map();
  for (const { file, text } of files)
    for (const m of text.matchAll(portJoin)) {
      const arg = secondArgument(text, m.index + m[0].length - 1);
      const alias = arg && (arg[1] ?? constants.get(arg[2]));
      if (alias) portAliases.set(dirname(file), new Set([...(portAliases.get(dirname(file)) ?? []), alias]));
    }

  for (const { file, text } of files) {
    for (const pattern of tableNamed)
      for (const m of text.matchAll(pattern)) {
        const owner = owners.get(m[1].toLowerCase());
        if (owner && owner !== lib) queries(file, text, m.index, m[1], owner);
      }
    for (const m of text.matchAll(interpolatedTable)) {
      const value = constants.get(m[1]);
      const owner = value && owners.get(value.toLowerCase());
      if (owner && owner !== lib) queries(file, text, m.index, value, owner);
      else if (value === undefined && lib !== 'platform')
        report(file, text, m.index, `builds a table name into SQL from \${${m[1]}}, not a constant of its own: name its own table`);
    }
    const aliases = portAliases.get(dirname(file)) ?? new Set();
    for (const literal of stringLiterals(text))
      for (const m of literal[0].matchAll(/\b([A-Za-z_]\w*)\.([a-z]\w*)\b/g)) {
        const [, alias, column] = m;
        if (aliases.has(alias))
          report(
            file,
            text,
            literal.index,
            `names "${alias}.${column}", a column of the table a read port joined as "${alias}": use the port's helpers`,
          );
        else if (column.includes('_') && notOwn.has(column) && !/^(libs|apps|src)$/.test(alias))
          report(file, text, literal.index, `names "${alias}.${column}", a column only other libs' tables have: use their read ports`);
      }
  }
}

if (violations.length) {
  console.error(violations.join('\n'));
  console.error(`\n${violations.length} use${violations.length === 1 ? '' : 's'} of another lib's tables`);
  process.exit(1);
}
const fileCount = [...sources.values()].flat().length;
console.log(`no lib queries another lib's tables (${fileCount} files, ${new Set(owners.values()).size} libs)`);
