import { NestedField, TextField } from '@contactly/platform';
import { ContactMediumDto } from '../../../party/dto/contact-medium.dto.js';

/** What a subscriber may change about themself: names and contact media (merge patch). */
export class UpdateSelfProfileDto {
  @TextField({ max: 100, optional: true, example: 'Maria', description: 'A person only' }) givenName?: string;
  @TextField({ max: 100, optional: true, nullable: true, example: 'Petrovna', description: 'A person only; null clears it' }) middleName?:
    string | null;
  @TextField({ max: 100, optional: true, example: 'Ivanova-Smith', description: 'A person only' }) familyName?: string;
  @TextField({ max: 40, optional: true, nullable: true, example: 'Dr', description: 'A person only; null clears it' }) title?:
    string | null;
  @TextField({ max: 200, optional: true, example: 'Acme Telecom', description: 'A business only' }) tradingName?: string;
  @NestedField(() => ContactMediumDto, { optional: true, isArray: true, maxItems: 20, description: 'Replaces all contact media' })
  contactMedium?: ContactMediumDto[];
}
