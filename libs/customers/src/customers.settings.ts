import { type AppConfig, ConfigError } from '@contactly/platform';
import type { CountryCode } from 'libphonenumber-js';
import { isPhoneRegion } from './phone/phone-number.js';

/** Customers lib settings; see README "Configuration". */
export class CustomersSettings {
  /**
   * The country whose national format a phone number without a country code is read in
   * (`07700 900123` → `+447700900123` with GB): an ISO 3166 alpha-2 code.
   */
  readonly defaultPhoneRegion: CountryCode;

  constructor({ read }: AppConfig) {
    this.defaultPhoneRegion = read<CountryCode>(
      'DEFAULT_PHONE_REGION',
      (raw) => {
        const code = raw.trim().toUpperCase();
        if (!isPhoneRegion(code)) throw new ConfigError('must be a two-letter country code with phone numbers, e.g. GB or RU');
        return code;
      },
      'GB',
    );
  }
}
