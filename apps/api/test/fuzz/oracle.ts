import type { WireResponse } from './http-client.js';
import type { Principal, PlannedRequest } from './request-shape.js';

/** What happened to one request. */
export interface Outcome {
  request: PlannedRequest;
  principal: Principal;
  target: string;
  response?: WireResponse;
  /** The transport failed or no answer came in time. */
  error?: string;
}

/**
 * What is wrong with an answer, or undefined when nothing is: any 5xx, no answer (a hang or a
 * dropped connection), a status other than the one a mutation must get (413 over the body limit),
 * a 4xx whose body is not the common error shape, the admin refused as unauthenticated, and an
 * anonymous request served by an operation that the document says needs credentials.
 */
export function problemOf(outcome: Outcome): string | undefined {
  const { response, request } = outcome;
  if (!response) return `no answer: ${outcome.error}`;
  if (response.status >= 500) return `${response.status}`;
  if (request.expectStatus !== undefined && response.status !== request.expectStatus)
    return `${response.status}, expected ${request.expectStatus}`;
  if (outcome.principal === 'anonymous' && request.operation.requiresAuth && response.status < 400)
    return `${response.status} to an anonymous request, though the document requires credentials`;
  if (response.status >= 400) {
    const shape = errorShapeProblem(response);
    if (shape) return `${response.status} with ${shape}`;
    // The fuzz never sends the admin's credentials wrong, so a 401 means the admin was lost or refused.
    if (
      outcome.principal === 'admin' &&
      response.status === 401 &&
      /"code":"(INVALID_CREDENTIALS|AUTHENTICATION_REQUIRED)"/.test(response.body)
    )
      return '401 for the admin';
  }
  return undefined;
}

/** `{"@type":"Error", code, reason, message, status}` with status = the HTTP status. */
export function errorShapeProblem(response: WireResponse): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return 'a body that is not JSON';
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'a body that is not an object';
  const error = body as Record<string, unknown>;
  const wrong = [
    error['@type'] !== 'Error' && '@type',
    ...(['code', 'reason', 'message', 'status'] as const).filter((key) => typeof error[key] !== 'string' || !error[key]),
  ].filter(Boolean);
  if (wrong.length) return `a body out of the error shape (${wrong.join(', ')})`;
  if (error.status !== String(response.status)) return `a body whose status says ${String(error.status)}`;
  return undefined;
}

/** One line of the failure report: who sent what, to where, and what came back. */
export function describeOutcome(outcome: Outcome, problem: string): string {
  const { request, principal, response } = outcome;
  const target = outcome.target.length > 140 ? `${outcome.target.slice(0, 140)}…(${outcome.target.length} chars)` : outcome.target;
  const body = response ? ` body: ${excerpt(response.body)}` : '';
  return `${request.operation.method} ${request.operation.path} [${request.mutation}] as ${principal} → ${problem}; sent ${request.operation.method} ${target}${body}`;
}

const excerpt = (text: string) => (text.length > 240 ? `${text.slice(0, 240)}…` : text).replace(/\s+/g, ' ');
