import { Injectable } from '@nestjs/common';
import { type FieldProblem, PLATFORM_ERRORS, invalid } from '@contactly/platform';
import { CustomersSettings } from '../customers.settings.js';
import { type PhoneParse, parsePhone, phoneProblem, phoneSearchDigits } from './phone-number.js';

/**
 * The one phone rule of the customers lib (contact media, registration, profile, clients of the
 * communications platform, search): numbers are read with the DEFAULT_PHONE_REGION and kept in E.164.
 */
@Injectable()
export class PhoneNumbers {
  constructor(private readonly settings: CustomersSettings) {}

  get region() {
    return this.settings.defaultPhoneRegion;
  }

  parse(raw: string): PhoneParse {
    return parsePhone(raw, this.region);
  }

  /** The number in E.164, or the problem with it for the field (a message in words, e.g. "Phone number is not…"). */
  check(raw: string, field: string): { e164: string } | { problem: FieldProblem } {
    const parsed = this.parse(raw);
    return parsed.ok ? { e164: parsed.e164 } : { problem: { field, message: phoneProblem(parsed) } };
  }

  /** The number in E.164; 400 naming the field (`label`, in words) when it is not a valid number. */
  require(raw: string, field: string, label = 'Phone number'): string {
    const checked = this.check(raw, field);
    if ('e164' in checked) return checked.e164;
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `${label} ${checked.problem.message}`, [checked.problem]);
  }

  searchDigits(query: string): string[] {
    return phoneSearchDigits(query, this.region);
  }
}
