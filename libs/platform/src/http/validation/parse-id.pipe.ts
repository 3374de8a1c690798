import { Injectable, type PipeTransform } from '@nestjs/common';
import { notFound } from '../errors/domain-error.js';

/**
 * Path ids are positive integers; anything else cannot name a record, so it reads as not found
 * (404, never 400 or 500), like an unknown id.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  constructor(private readonly resource: string) {}

  transform(value: string): number {
    if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2147483647) {
      throw notFound(`${this.resource.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_NOT_FOUND`, `${this.resource} ${value} does not exist`);
    }
    return Number(value);
  }
}
