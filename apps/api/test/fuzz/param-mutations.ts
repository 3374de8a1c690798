import { ADMIN_AUTH } from '@contactly/platform/testing';
import { badValue, PATH_IDS, SQL_STRINGS, UNICODE_STRINGS, WIRE_QUERY_VALUES, wrongType } from './hostile-values.js';
import type { FuzzOperation, Parameter } from './openapi.js';
import { type Baseline, type PlanContext, type PlannedRequest, queryPair, withShape } from './request-shape.js';

const BOTH: PlannedRequest['principals'] = ['admin', 'anonymous'];

/**
 * Path ids that must not name a record, `count` of them for this operation. The list is walked
 * from an offset that moves with every operation, so that over the document each value is sent
 * to many operations even though each operation gets only a few.
 */
export function pathMutations(
  operation: FuzzOperation,
  baseline: Baseline,
  ctx: PlanContext,
  count: number,
  offset: number,
): PlannedRequest[] {
  if (!operation.pathParams.length) return [];
  return Array.from({ length: Math.min(count, PATH_IDS.length) }, (_v, i) => {
    const parameter = ctx.rng.pick(operation.pathParams);
    const value = PATH_IDS[(offset + i) % PATH_IDS.length];
    const shown = value.length > 40 ? `${value.slice(0, 12)}…(${value.length} chars)` : value;
    return {
      operation,
      mutation: `path.${parameter.name} ${shown}`,
      shape: withShape(baseline.shape, { path: { [parameter.name]: value } }),
      principals: BOTH,
    };
  });
}

/** A hostile value for a query parameter, as it goes on the wire, and its name in the report. */
type QueryMaker = (parameter: Parameter, ctx: PlanContext) => { label: string; pairs: string[] };

const one = (label: string, parameter: Parameter, value: unknown) => ({ label, pairs: [queryPair(parameter.name, value)] });

export const QUERY_MUTATIONS: Record<string, QueryMaker> = {
  'wrong-type': (p, ctx) => one('wrong-type', p, wrongTypeText(ctx.resolver.resolve(p.schema), ctx)),
  'bad-value': (p, ctx) => one('bad-value', p, badValue(ctx.resolver.resolve(p.schema), ctx.rng)),
  sql: (p, ctx) => one('sql', p, ctx.rng.pick(SQL_STRINGS)),
  unicode: (p, ctx) => {
    // Percent-encodings that do not decode to text, or characters that stress the database's encoding.
    if (ctx.rng.chance(0.5))
      return { label: 'unicode (wire)', pairs: [`${encodeURIComponent(p.name)}=${ctx.rng.pick(WIRE_QUERY_VALUES)}`] };
    const text = ctx.rng.pick(UNICODE_STRINGS.filter((s) => s.isWellFormed()));
    return one('unicode', p, text);
  },
  repeated: (p, ctx) => ({ label: 'repeated', pairs: [queryPair(p.name, 'a'), queryPair(p.name, ctx.rng.pick(['b', '1', '']))] }),
  bracketed: (p) => ({ label: 'bracketed', pairs: [`${encodeURIComponent(p.name)}[]=1`, `${encodeURIComponent(p.name)}[a]=2`] }),
  empty: (p) => ({ label: 'empty', pairs: [`${encodeURIComponent(p.name)}=`, encodeURIComponent(p.name)] }),
  huge: (p) => one('huge (8 kB)', p, 'x'.repeat(8_000)),
};

/** Query-string mutations: `count` kinds, each on a parameter chosen by the seed; plus unknown parameters and an oversized URL. */
export function queryMutations(operation: FuzzOperation, baseline: Baseline, ctx: PlanContext, kinds: string[]): PlannedRequest[] {
  const out: PlannedRequest[] = [];
  for (const kind of kinds) {
    if (kind === 'unknown') {
      out.push({
        operation,
        mutation: 'query.unknown fuzzUnknown',
        shape: withShape(baseline.shape, {
          query: [...baseline.shape.query, 'fuzzUnknown=1', '__proto__=x', 'constructor[prototype][x]=1'],
        }),
        principals: BOTH,
      });
      continue;
    }
    if (kind === 'oversized-url') {
      // Beyond Node's 16 kB limit on the request head: the server still answers in the error shape.
      out.push({
        operation,
        mutation: 'query.oversized-url (100 kB)',
        shape: withShape(baseline.shape, { query: [...baseline.shape.query, `fuzz=${'x'.repeat(100_000)}`] }),
        principals: BOTH,
      });
      continue;
    }
    if (!operation.queryParams.length) continue;
    const parameter = ctx.rng.pick(operation.queryParams);
    const { label, pairs } = QUERY_MUTATIONS[kind](parameter, ctx);
    const others = baseline.shape.query.filter((pair) => !pair.startsWith(`${encodeURIComponent(parameter.name)}=`));
    out.push({
      operation,
      mutation: `query.${label} ${parameter.name}`,
      shape: withShape(baseline.shape, { query: [...others, ...pairs] }),
      principals: BOTH,
    });
  }
  return out;
}

const HEADER_VALUES: Record<string, string[]> = {
  'if-match': ['"abc"', '*', 'W/"1"', '"99999999999999999999"', '"-1"', '""', '"1", "2"', '1', `"${'9'.repeat(400)}"`],
  'idempotency-key': ['', 'k'.repeat(10_000), '../', "' OR 1=1 --", 'caf\u00e9'],
};

/** Documented headers with hostile values; and, for the admin, the Authorization header sent twice. */
export function headerMutations(
  operation: FuzzOperation,
  baseline: Baseline,
  ctx: PlanContext,
  duplicateAuthorization: boolean,
): PlannedRequest[] {
  const out: PlannedRequest[] = operation.headerParams.map((parameter) => {
    const value = ctx.rng.pick(
      HEADER_VALUES[parameter.name.toLowerCase()] ?? ['', 'x'.repeat(8_000), "' OR 1=1 --", 'sha256=zz', '\u00ff\u00fe'],
    );
    return {
      operation,
      mutation: `header.${parameter.name} ${JSON.stringify(value.length > 40 ? `${value.slice(0, 12)}…` : value)}`,
      shape: withShape(baseline.shape, { headers: { ...baseline.shape.headers, [parameter.name]: value } }),
      principals: BOTH,
    };
  });
  if (duplicateAuthorization) {
    // The same valid credentials twice: no wrong password reaches the login throttle.
    out.push({
      operation,
      mutation: 'header.authorization twice',
      shape: withShape(baseline.shape, { headers: { ...baseline.shape.headers, Authorization: [ADMIN_AUTH, ADMIN_AUTH] } }),
      principals: ['admin'],
    });
  }
  return out;
}

/** A query value of another type than the parameter's, as text. */
function wrongTypeText(schema: ReturnType<PlanContext['resolver']['resolve']>, ctx: PlanContext): string {
  if (schema.type === 'integer' || schema.type === 'number')
    return ctx.rng.pick(['abc', '1.5', '-1', '99999999999999999999', '0x10', '1e3', ' 1', 'Infinity', 'NaN', '[]']);
  if (schema.type === 'boolean') return ctx.rng.pick(['maybe', '2', 'TRUE', '']);
  if (schema.format === 'date-time') return ctx.rng.pick(['yesterday', '2026-02-30T00:00:00Z', '1e99', '0']);
  const value = wrongType(schema, ctx.rng);
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}
