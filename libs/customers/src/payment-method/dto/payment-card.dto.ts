import { BooleanField, IntField, TextField } from '@contactly/platform';

const RAW_CARD = 'Server-to-server partners only, instead of `token`. ';

/**
 * A card on file (`POST /api/v1/customers/{id}/payment-cards`): either the payment gateway's
 * single-use `token` (what the dashboard and the portal send: the card went from the browser to the
 * gateway) or, from a partner's server, the card itself (`number`, expiry, `cvc`).
 */
export class PaymentCardDto {
  @TextField({
    max: 100,
    optional: true,
    pattern: /^[\w-]+$/,
    patternMessage: 'token must be the payment gateway’s card token',
    example: 'tok_sim_4c1f0e6b2a9d8c7e5f3a1b0c',
    description:
      'The single-use token the payment gateway answered when the browser sent it the card (see `GET /api/v1/payment-gateway`); brand, last 4 and expiry come from the gateway',
  })
  token?: string;
  @TextField({
    optional: true,
    max: 23,
    pattern: /^\d[\d -]{10,21}\d$/,
    patternMessage: 'number must be 12 to 19 digits (spaces and dashes allowed)',
    example: '4242 4242 4242 4242',
    description: `${RAW_CARD}Write-only: passed to the payment gateway and forgotten`,
  })
  number?: string;
  @IntField({ min: 1, max: 12, optional: true, example: 12, description: `${RAW_CARD}Required with number` }) expiryMonth?: number;
  @IntField({ min: 2000, max: 2099, optional: true, example: 2028, description: `${RAW_CARD}Required with number` }) expiryYear?: number;
  @TextField({
    optional: true,
    min: 3,
    max: 4,
    pattern: /^\d{3,4}$/,
    patternMessage: 'cvc must be 3 or 4 digits',
    example: '123',
    description: `${RAW_CARD}Write-only: passed to the payment gateway and forgotten`,
  })
  cvc?: string;
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
