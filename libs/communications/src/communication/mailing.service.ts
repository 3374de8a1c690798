import { Injectable } from '@nestjs/common';
import {
  AuditRecorder,
  Clock,
  conflict,
  Database,
  forbidden,
  type ListQuery,
  notFound,
  Page,
  type Principal,
  StateTransitionRecorder,
  Versioned,
} from '@contactly/platform';
import { communicationProcess } from './communication-status.js';
import { nameKeyOf, parseIdOrName } from '../shared/names.js';
import { communicationSnapshot, toMailingView } from './communication.mapper.js';
import { CommunicationRepository } from './communication.repository.js';
import type { MailingView } from './dto/communication.dto.js';
import type { Mailing } from './mailing.entity.js';
import { MAILING_LIST } from './mailing.list.js';
import { MailingRepository } from './mailing.repository.js';
import { SenderAuthority } from './sender-authority.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

const CANCEL_PAGE = 1_000;

/** Mailings: what was sent to whom and how it stands now (its communications by status); cancelling the rest. */
@Injectable()
export class MailingService {
  constructor(
    private readonly mailings: MailingRepository,
    private readonly communications: CommunicationRepository,
    private readonly authority: SenderAuthority,
    private readonly transitions: StateTransitionRecorder,
    private readonly audit: AuditRecorder,
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async list(query: ListQuery): Promise<Page<MailingView>> {
    const page = await this.mailings.list(query, MAILING_LIST);
    return new Page(await Promise.all(page.items.map((m) => this.view(m))), page.total, page.fields);
  }

  async get(idOrName: string): Promise<Versioned<MailingView>> {
    const mailing = await this.find(idOrName);
    return new Versioned(await this.view(mailing), mailing.version);
  }

  async find(idOrName: string): Promise<Mailing> {
    const key = parseIdOrName(idOrName);
    if ('id' in key) {
      const mailing = await this.mailings.findById(key.id);
      if (mailing) return mailing;
    } else {
      const found = await this.mailings.findByNameKey(nameKeyOf(key.name));
      if (found.length > 1)
        throw conflict(COMMUNICATIONS_ERRORS.MAILING_NAME_AMBIGUOUS, `Several mailings are named «${key.name}»: use the id`);
      if (found.length === 1) return found[0];
    }
    throw notFound(COMMUNICATIONS_ERRORS.MAILING_NOT_FOUND, `Mailing ${idOrName} does not exist`);
  }

  /** Cancels every communication of the mailing that is still scheduled; what was sent stays. Returns how many. */
  async cancel(idOrName: string, actor: Principal): Promise<number> {
    const mailing = await this.find(idOrName);
    const own = await this.authority.changeableDepartment(actor);
    if (own !== null && own !== mailing.departmentId) {
      throw forbidden(
        COMMUNICATIONS_ERRORS.FOREIGN_DEPARTMENT,
        `Mailing ${mailing.id} belongs to department ${mailing.departmentId}; you change your own department’s communications`,
      );
    }
    let cancelled = 0;
    const cancellable = communicationProcess.sourcesOf('cancelled');
    for (let afterId = 0; ;) {
      const ids = await this.communications.idsSelected({ mailingId: mailing.id }, cancellable, afterId, CANCEL_PAGE);
      if (!ids.length) break;
      afterId = ids[ids.length - 1];
      cancelled += await this.db.transaction(async () => {
        const now = this.clock.now();
        const moved = await this.communications.moveStatus(ids, cancellable, {
          status: 'cancelled',
          dueAt: null,
          statusChangedAt: now,
          updatedAt: now,
        });
        if (!moved.length) return 0;
        const rows = new Map((await this.communications.findByIds(moved.map((m) => m.id))).map((row) => [row.id, row]));
        await this.transitions.recordMany(
          communicationProcess,
          moved.map((m) => ({
            resourceId: m.id,
            from: m.from,
            to: 'cancelled' as const,
            reason: `mailing ${mailing.id} cancelled`,
            resource: communicationSnapshot(rows.get(m.id)!),
          })),
          actor,
        );
        await this.audit.record({
          actor,
          action: 'cancel',
          resourceType: 'mailing',
          resourceId: mailing.id,
          after: { cancelledCommunicationIds: moved.map((m) => m.id) },
        });
        return moved.length;
      });
    }
    return cancelled;
  }

  private async view(mailing: Mailing): Promise<MailingView> {
    return toMailingView(mailing, await this.communications.countByStatus({ mailingId: mailing.id }));
  }
}
