import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '@contactly/platform';

const WRITE_ONLY = 'Write-only: passed to the payment gateway and forgotten; never stored, returned, logged or published';

/**
 * A card in TMF670 `details`: the payment gateway's single-use `token` (a browser tokenised the card),
 * or the card itself from a partner's server. Only brand, last 4, expiry and holder are kept.
 */
export class CardDetailsDto {
  @TextField({
    max: 100,
    optional: true,
    pattern: /^[\w-]+$/,
    patternMessage: 'token must be the payment gateway’s card token',
    example: 'tok_sim_4c1f0e6b2a9d8c7e5f3a1b0c',
    description: 'Extension: the gateway’s single-use card token, instead of cardNumber, expirationDate and cvc',
  })
  token?: string;

  @TextField({
    optional: true,
    max: 23,
    pattern: /^\d[\d -]{10,21}\d$/,
    patternMessage: 'cardNumber must be 12 to 19 digits (spaces and dashes allowed)',
    example: '4242 4242 4242 4242',
    description: `Without token. ${WRITE_ONLY}`,
  })
  cardNumber?: string;

  @TextField({
    max: 30,
    optional: true,
    example: '12/28',
    description: 'Without token: MM/YY, MM/YYYY, YYYY-MM or an ISO 8601 date-time within the expiry month',
  })
  expirationDate?: string;

  @TextField({
    min: 3,
    max: 4,
    optional: true,
    pattern: /^\d{3,4}$/,
    patternMessage: 'cvc must be 3 or 4 digits',
    example: '123',
    description: `The security code (or send it as \`cvv\`). ${WRITE_ONLY}`,
  })
  cvc?: string;

  @TextField({
    min: 3,
    max: 4,
    optional: true,
    pattern: /^\d{3,4}$/,
    patternMessage: 'cvv must be 3 or 4 digits',
    description: 'TMF670’s name for the security code',
  })
  cvv?: string;

  @TextField({ max: 100, example: 'MARIA IVANOVA' })
  nameOnCard: string;

  @TextField({ max: 20, optional: true, description: 'Ignored: the brand follows from the card number' })
  brand?: string;
}

/** What is shown of a card on file. */
export class CardView {
  @ApiProperty({ example: 'visa' }) brand: string;
  @ApiProperty({ example: '4242' }) lastFourDigits: string;
  @ApiProperty({ example: '2028-12-31T23:59:59.999Z', description: 'The last moment the card can be used (end of its expiry month, UTC)' })
  expirationDate: string;
  @ApiProperty({ example: 'MARIA IVANOVA' }) nameOnCard: string;
}
