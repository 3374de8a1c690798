import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { unauthenticated } from '@contactly/platform';
import { CommunicationsSettings } from '../communications.settings.js';
import { isSignedBy, RECEIPT_SIGNATURE_HEADER } from './receipt-signature.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/**
 * Lets a delivery receipt in only when `X-Contactly-Signature` is the HMAC-SHA256 of its raw body
 * with COMMUNICATIONS_RECEIPT_SECRET (401 otherwise, before its body is even validated). With no
 * secret configured, every receipt is refused.
 */
@Injectable()
export class ReceiptSignatureGuard implements CanActivate {
  constructor(private readonly settings: CommunicationsSettings) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest & { rawBody?: Buffer }>();
    const secret = this.settings.receiptSecret;
    if (!secret)
      throw unauthenticated(
        COMMUNICATIONS_ERRORS.RECEIPTS_DISABLED,
        'Delivery receipts are not accepted here: COMMUNICATIONS_RECEIPT_SECRET is not set',
      );
    const header = request.headers[RECEIPT_SIGNATURE_HEADER];
    if (!request.rawBody || !isSignedBy(request.rawBody, typeof header === 'string' ? header : undefined, secret)) {
      throw unauthenticated(
        COMMUNICATIONS_ERRORS.INVALID_SIGNATURE,
        `${RECEIPT_SIGNATURE_HEADER} must be sha256=<hex HMAC-SHA256 of the raw body with the shared secret>`,
      );
    }
    return true;
  }
}
