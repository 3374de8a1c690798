import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Created, Database, EventRecorder, eventNames, type Principal } from '@contactly/platform';
import type { ClientFacts } from '../client/client-directory.js';
import { docTime } from '../shared/doc-time.js';
import { nameKeyOf } from '../shared/names.js';
import type { Communication } from './communication.entity.js';
import { communicationSnapshot, toMailingView } from './communication.mapper.js';
import { CommunicationRepository } from './communication.repository.js';
import type { RecipientProblemView, SentMailingView } from './dto/communication.dto.js';
import type { DryRunRecipientView, DryRunView } from './dto/dry-run.dto.js';
import type { SendCommunicationDto } from './dto/send-communication.dto.js';
import type { Mailing } from './mailing.entity.js';
import { MailingRepository } from './mailing.repository.js';
import type { RecipientPlan } from './recipient-checks.js';
import { outcomeOf, totalsOf } from './send-outcome.js';
import { SendPlanner } from './send-planner.js';

/** A communication as a send creates it: nothing has happened to it yet. */
type NewCommunication = Omit<
  Communication,
  'id' | 'claimToken' | 'lastError' | 'sentAt' | 'sentWeekday' | 'sentHour' | 'deliveredAt' | 'readAt' | 'respondedAt' | 'answers'
>;

/**
 * Skipped or moved recipients listed in the answer (the rest are in the list of the mailing's
 * communications), and the size of their messages there: the answer is kept for Idempotency-Key
 * replays, in a column of 64 KB on MariaDB.
 */
const PROBLEMS_SHOWN = 50;
const PROBLEM_MESSAGE_MAX = 200;
/** Recipients a dry run lists one by one (moved and skipped first); its totals count them all. */
export const DRY_RUN_LISTED = 1_000;
const LISTED_ORDER = { skipped: 0, moved: 1, go: 2 } as const;

/**
 * `POST /api/v1/communications`: one communication per recipient, each checked — client available,
 * channel not blocked, not booked by another department, the department's rule allows the type on
 * the channel, quiet hours (moved, not dropped), frequency caps, an address for the channel, every
 * template variable filled — and skipped with its reason when a check fails, while the rest go.
 * The request itself is refused (4xx, nothing written) for bad input, unknown references, a time in
 * the past, or a role that may not send this type on this channel (403).
 *
 * The decisions are the `SendPlanner`'s; the dry run reports the very same plan without writing it.
 *
 * Built for 100,000 recipients: the checks' data is loaded for the whole set in a few queries per
 * 5,000 clients, decided in memory, and written with multi-row inserts in one transaction.
 */
@Injectable()
export class SendingService {
  constructor(
    private readonly planner: SendPlanner,
    private readonly communications: CommunicationRepository,
    private readonly mailings: MailingRepository,
    private readonly events: EventRecorder,
    private readonly changes: ChangeRecorder,
    private readonly db: Database,
  ) {}

  async send(input: SendCommunicationDto, actor: Principal, baseUrl: string): Promise<Created<SentMailingView>> {
    const { now, recipients, variables, scheduledAt, channel, document, sender, clients, plans } = await this.planner.plan(
      input,
      actor,
      baseUrl,
    );
    const totals = totalsOf(plans);
    return this.db.transaction(async () => {
      const mailing = await this.mailings.insert({
        name: input.name,
        nameKey: nameKeyOf(input.name),
        communicationTypeId: input.communicationTypeId,
        sendChannelTypeId: channel.id,
        documentId: document.id,
        departmentId: sender.departmentId,
        senderUserId: sender.userId,
        senderName: sender.username,
        recipientKind: recipients.kind,
        groupId: recipients.kind === 'group' ? recipients.groupId : null,
        recipientFilter: recipients.kind === 'filter' ? recipients.raw : null,
        variables,
        scheduledAt,
        recipientCount: totals.recipientCount,
        scheduledCount: totals.scheduledCount,
        movedCount: totals.movedCount,
        skippedCount: totals.skippedCount,
        skippedByReason: totals.skippedByReason,
        createdAt: now,
        updatedAt: now,
      });
      const rows = clients.map((client, i) => this.rowOf(mailing, client, plans[i], channel.kind, now));
      await this.communications.insertMany(rows);
      // The ids the database gave, put on the rows themselves (100,000 copies would cost more than the lookup).
      const ids = await this.communications.idsOfMailing(mailing.id);
      const created = rows as (NewCommunication & { id: number })[];
      for (const row of created) row.id = ids.get(row.clientId!)!;
      const names = eventNames('Communication');
      await this.events.recordMany(
        created.map((row) => ({
          eventType: names.created,
          resourceType: 'communication',
          resourceId: row.id,
          resource: communicationSnapshot(row),
        })),
      );
      const view = toMailingView(mailing, this.statusCounts(plans));
      await this.changes.record({ resource: 'Mailing', resourceType: 'mailing', resourceId: mailing.id, actor, before: null, after: view });
      const problems: RecipientProblemView[] = created
        .filter((row) => row.reason !== null)
        .slice(0, PROBLEMS_SHOWN)
        .map((row) => ({
          communicationId: row.id,
          clientId: row.clientId!,
          status: row.status,
          reason: { code: row.reason!, message: (row.reasonDetail ?? '').slice(0, PROBLEM_MESSAGE_MAX) },
        }));
      return new Created<SentMailingView>({ ...view, problems }, `${baseUrl}/api/v1/mailings/${mailing.id}`, mailing.version);
    });
  }

  /** A new row; what only happens after a send (sentAt, lastError, …) is left out, for the database's NULL. */
  private rowOf(
    mailing: Mailing,
    client: ClientFacts,
    plan: RecipientPlan,
    kind: Communication['channelKind'],
    now: Date,
  ): NewCommunication {
    return {
      mailingId: mailing.id,
      name: mailing.name,
      nameKey: mailing.nameKey,
      clientId: client.clientId,
      communicationTypeId: mailing.communicationTypeId,
      sendChannelTypeId: mailing.sendChannelTypeId,
      channelKind: kind,
      documentId: mailing.documentId,
      departmentId: mailing.departmentId,
      transactional: false,
      status: plan.status,
      reason: plan.recorded?.code ?? null,
      reasonDetail: plan.recorded ? plan.recorded.message.slice(0, 500) : null,
      address: plan.address,
      subject: plan.subject?.slice(0, 500) ?? null,
      body: plan.body,
      timeZone: plan.timeZone,
      requestedAt: plan.requestedAt,
      scheduledAt: plan.scheduledAt,
      dueAt: plan.status === 'scheduled' ? plan.scheduledAt : null,
      attempts: 0,
      statusChangedAt: now,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  }

  private statusCounts(plans: RecipientPlan[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const plan of plans) counts[plan.status] = (counts[plan.status] ?? 0) + 1;
    return counts;
  }

  /** What a send of this request would do now, recipient by recipient; nothing is written. */
  async dryRun(input: SendCommunicationDto, actor: Principal, baseUrl: string): Promise<DryRunView> {
    const { clients, plans, sender } = await this.planner.plan(input, actor, baseUrl);
    const { scheduledCount: _scheduled, ...totals } = totalsOf(plans);
    const recipients: DryRunRecipientView[] = plans
      .map((plan, i) => ({
        clientId: clients[i].clientId,
        name: clients[i].fullName,
        outcome: outcomeOf(plan),
        scheduledTime: plan.status === 'scheduled' ? docTime(plan.scheduledAt) : null,
        reason: plan.recorded ? { code: plan.recorded.code, message: plan.recorded.message.slice(0, PROBLEM_MESSAGE_MAX) } : null,
      }))
      .sort((a, b) => LISTED_ORDER[a.outcome] - LISTED_ORDER[b.outcome] || a.clientId - b.clientId)
      .slice(0, DRY_RUN_LISTED);
    return { ...totals, departmentId: sender.departmentId, recipients };
  }
}
