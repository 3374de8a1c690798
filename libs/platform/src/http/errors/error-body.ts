import type { FieldProblem } from './domain-error.js';

/** The one error shape of every endpoint (TMF630 style, with `details` for validation). */
export interface ErrorBody {
  '@type': 'Error';
  code: string;
  reason: string;
  message: string;
  status: string;
  details?: FieldProblem[];
  [extra: string]: unknown;
}

export function errorBody(status: number, code: string, reason: string, message: string, details?: FieldProblem[]): ErrorBody {
  const body: ErrorBody = { '@type': 'Error', code, reason, message, status: String(status) };
  if (details?.length) body.details = details;
  return body;
}
