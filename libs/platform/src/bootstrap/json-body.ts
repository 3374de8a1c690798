import { isUtf8 } from 'node:buffer';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid } from '../http/errors/domain-error.js';
import { PLATFORM_ERRORS } from '../http/errors/platform-errors.js';

/** Deeper than any document of ours (a TMF resource nests four or five levels); far below what would exhaust a stack. */
export const MAX_JSON_DEPTH = 32;

/** What is wrong with a parsed JSON value, if anything: nesting too deep, or a string that is not Unicode. */
export function jsonProblem(value: unknown): string | undefined {
  // Iterative, so a hostile depth cannot overflow our own stack while we look.
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item === 'string') {
      if (!item.isWellFormed()) return 'holds a string that is not valid Unicode (a lone UTF-16 surrogate)';
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) return `nests deeper than ${MAX_JSON_DEPTH} levels`;
    if (Array.isArray(item)) {
      for (const element of item) stack.push([element, depth + 1]);
      continue;
    }
    for (const [key, child] of Object.entries(item)) {
      if (!key.isWellFormed()) return 'holds an attribute name that is not valid Unicode (a lone UTF-16 surrogate)';
      stack.push([child, depth + 1]);
    }
  }
  return undefined;
}

type Done = (error: Error | null, body?: unknown) => void;

/**
 * The parser of JSON and merge-patch bodies: Fastify's own (which refuses `__proto__` and
 * `constructor` poisoning), then a refusal (400) of bytes that are not UTF-8, strings that are
 * not Unicode and nesting deeper than MAX_JSON_DEPTH — before validation, whose libraries throw
 * on such input instead of answering.
 */
export function jsonBodyParser(fastify: FastifyInstance): (request: FastifyRequest, body: Buffer, done: Done) => void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  return (request, body, done) => {
    if (!isUtf8(body)) return done(invalid(PLATFORM_ERRORS.INVALID_UNICODE, 'The request body is not UTF-8'));
    void parse(request, body.toString('utf8'), (error, value) => {
      if (error) return done(error);
      const problem = jsonProblem(value);
      if (problem) return done(invalid(problem.startsWith('nests') ? 'JSON_TOO_DEEP' : 'INVALID_UNICODE', `The request body ${problem}`));
      done(null, value);
    });
  };
}
