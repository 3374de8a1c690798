import { Injectable } from '@nestjs/common';
import {
  PLATFORM_ERRORS,
  Clock,
  Database,
  invalid,
  notFound,
  type Principal,
  retryOnVersionConflict,
  unauthenticated,
} from '@contactly/platform';
import { CommunicationsSettings } from '../communications.settings.js';
import { CommunicationRepository } from '../communication/communication.repository.js';
import { CommunicationService } from '../communication/communication.service.js';
import type { DeliveryReceiptDto, DeliveryReceiptView } from './dto/delivery-receipt.dto.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** Who changed a communication on a receipt, in its events and audit trail. */
const PROVIDER: Principal = { userId: 0, username: 'delivery-receipt', kind: 'staff', roles: [], permissions: new Set() };

/**
 * Applies a provider's signed delivery receipt (delivered, failed, read, responded) to its
 * communication. A receipt whose timestamp is too far from now is a replay (401); one that tells
 * nothing new (repeated, or late after a later status) changes nothing.
 */
@Injectable()
export class DeliveryReceiptService {
  constructor(
    private readonly communications: CommunicationRepository,
    private readonly statuses: CommunicationService,
    private readonly db: Database,
    private readonly settings: CommunicationsSettings,
    private readonly clock: Clock,
  ) {}

  async apply(receipt: DeliveryReceiptDto): Promise<DeliveryReceiptView> {
    const signedAt = new Date(receipt.timestamp).getTime();
    if (Number.isNaN(signedAt))
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'timestamp is not a date-time', [
        { field: 'timestamp', message: 'must be an ISO 8601 date-time' },
      ]);
    const tolerance = this.settings.receiptToleranceSeconds * 1000;
    if (Math.abs(this.clock.nowMs() - signedAt) > tolerance) {
      throw unauthenticated(
        COMMUNICATIONS_ERRORS.RECEIPT_EXPIRED,
        `The receipt was signed at ${receipt.timestamp}, more than ${tolerance / 1000} s from now: refused as a possible replay`,
      );
    }
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const row = await this.communications.findById(receipt.communicationId, { kind: 'all' });
          if (!row)
            throw notFound(COMMUNICATIONS_ERRORS.COMMUNICATION_NOT_FOUND, `Communication ${receipt.communicationId} does not exist`);
          const updated = await this.statuses.report(
            row,
            { status: receipt.status, answers: receipt.answers, reason: receipt.reason },
            PROVIDER,
          );
          return { communicationId: row.id, status: updated.status, applied: updated.version !== row.version };
        }),
      undefined,
      `Communication ${receipt.communicationId}`,
    );
  }
}
