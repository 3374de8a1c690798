import { TextField } from '@contactly/platform';

/** What every phone input of the API says of the formats it takes (the rule itself is PhoneNumbers'). */
export const PHONE_FORMATS =
  'E.164 (`+447700900123`) or as people write it: with spaces, dashes or brackets, `00` for `+`, or in the national format of DEFAULT_PHONE_REGION (GB unless configured: `07700 900123`). Stored in E.164; a number that is not valid for its country is 400.';

/** A phone number as typed; the service reads it with PhoneNumbers (in the default region) and keeps it in E.164. */
export const PhoneField = (options: { optional?: boolean; description?: string } = {}) =>
  TextField({
    max: 30,
    optional: options.optional,
    example: '07700 900123',
    description: options.description ? `${options.description}. ${PHONE_FORMATS}` : PHONE_FORMATS,
  });
