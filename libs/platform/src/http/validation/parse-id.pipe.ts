import { Injectable, type PipeTransform } from '@nestjs/common';
import { notFound } from '../errors/domain-error.js';

/**
 * The row id a text names (a path segment, a TMF reference's `id`, a filter), or -1 when it cannot
 * name a row: only the canonical form of a positive integer is an id (`01`, `+1`, `1.0` are not).
 */
export const rowIdOf = (text: string | null | undefined): number =>
  typeof text === 'string' && /^[1-9]\d{0,9}$/.test(text) && Number(text) <= 2147483647 ? Number(text) : -1;

/**
 * Path ids are positive integers; anything else cannot name a record, so it reads as not found
 * (404, never 400 or 500), like an unknown id.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  constructor(private readonly resource: string) {}

  transform(value: string): number {
    if (rowIdOf(value) === -1) {
      throw notFound(`${this.resource.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_NOT_FOUND`, `${this.resource} ${value} does not exist`);
    }
    return Number(value);
  }
}
