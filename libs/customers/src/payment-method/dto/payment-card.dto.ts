import { BooleanField, IntField, TextField } from '@contactly/platform';

/** A card on file as a self-service form sends it (`POST /api/v1/customers/{id}/payment-cards`). */
export class PaymentCardDto {
  @TextField({
    max: 23,
    pattern: /^\d[\d -]{10,21}\d$/,
    patternMessage: 'number must be 12 to 19 digits (spaces and dashes allowed)',
    example: '4242 4242 4242 4242',
    description: 'Write-only: passed to the payment gateway and forgotten',
  })
  number: string;
  @IntField({ min: 1, max: 12, example: 12 }) expiryMonth: number;
  @IntField({ min: 2000, max: 2099, example: 2028 }) expiryYear: number;
  @TextField({
    min: 3,
    max: 4,
    pattern: /^\d{3,4}$/,
    patternMessage: 'cvc must be 3 or 4 digits',
    example: '123',
    description: 'Write-only: passed to the payment gateway and forgotten',
  })
  cvc: string;
  @TextField({ max: 100, example: 'MARIA IVANOVA' }) holderName: string;
  @TextField({
    max: 200,
    optional: true,
    example: 'My Visa',
    description: 'Defaults to the brand and last 4 digits, e.g. "Visa •••• 4242"',
  })
  name?: string;
  @BooleanField({ optional: true, example: true, description: 'Make it the preferred method (the first card is preferred anyway)' })
  isPreferred?: boolean;
}
