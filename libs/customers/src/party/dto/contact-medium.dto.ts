import { ApiProperty } from '@nestjs/swagger';
import { BooleanField, EnumField, NestedField, TextField } from '@contactly/platform';
import { MEDIUM_TYPES } from '../contact-medium.entity.js';
import { PhoneField } from '../../phone/phone.field.js';

export class ContactMediumCharacteristicDto {
  @TextField({ max: 254, optional: true, example: 'maria.ivanova@example.com' }) emailAddress?: string;
  @PhoneField({ optional: true }) phoneNumber?: string;
  @TextField({ max: 200, optional: true, example: '221B Baker Street' }) street1?: string;
  @TextField({ max: 200, optional: true }) street2?: string;
  @TextField({ max: 100, optional: true, example: 'London' }) city?: string;
  @TextField({ max: 20, optional: true, example: 'NW1 6XE' }) postCode?: string;
  @TextField({ max: 100, optional: true }) stateOrProvince?: string;
  @TextField({ max: 60, optional: true, example: 'GB' }) country?: string;
  @TextField({ max: 40, optional: true, example: 'home' }) contactType?: string;
  @TextField({ max: 60, optional: true, description: 'TMF polymorphism marker; ignored' }) '@type'?: string;
}

/** TMF ContactMedium: an email, phone or postal address; `characteristic` holds the value. */
export class ContactMediumDto {
  @EnumField(MEDIUM_TYPES, { example: 'email' }) mediumType: (typeof MEDIUM_TYPES)[number];
  @BooleanField({ optional: true, example: true }) preferred?: boolean;
  @NestedField(() => ContactMediumCharacteristicDto, {}) characteristic: ContactMediumCharacteristicDto;
  @TextField({ max: 60, optional: true, description: 'TMF polymorphism marker; ignored' }) '@type'?: string;
}

export class ContactMediumView {
  @ApiProperty({ enum: MEDIUM_TYPES }) mediumType: string;
  @ApiProperty() preferred: boolean;
  @ApiProperty({ example: { emailAddress: 'maria.ivanova@example.com' } }) characteristic: Record<string, string>;
}
