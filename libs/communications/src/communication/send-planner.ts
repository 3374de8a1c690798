import { Injectable } from '@nestjs/common';
import {
  PLATFORM_ERRORS,
  Clock,
  type FieldProblem,
  invalid,
  parseListQuery,
  type Principal,
  scopeOf,
  unprocessable,
} from '@contactly/platform';
import { CLIENT_LIST } from '../client/client.list.js';
import { type ClientFacts, ClientDirectory } from '../client/client-directory.js';
import { ClientGroupRepository } from '../client-group/client-group.repository.js';
import type { Document } from '../document/document.entity.js';
import { DocumentRepository } from '../document/document.repository.js';
import type { SendChannelType } from '../send-channel-type/send-channel-type.entity.js';
import { SendChannelTypeRepository } from '../send-channel-type/send-channel-type.repository.js';
import { CatalogRefs } from '../shared/catalog-refs.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';
import { MAX_RECIPIENTS, type RecipientsDto, type ScheduleDto, type SendCommunicationDto } from './dto/send-communication.dto.js';
import { type Content, planRecipient, QuietHoursClock, type RecipientPlan, valuesFor } from './recipient-checks.js';
import { SendCircumstances } from './send-circumstances.js';
import { type Sender, SenderAuthority } from './sender-authority.js';

/** A time this little in the past still means "now" (clocks of front systems drift). */
const PAST_GRACE_MS = 60_000;
/** How far ahead a send may be scheduled. */
const MAX_AHEAD_MS = 366 * 86_400_000;
const VALUE_MAX = 2_000;
/** The common template values are stored with the mailing and shown in the answer: bounded in all. */
const VALUES_MAX_COUNT = 50;
const VALUES_MAX_TOTAL = 10_000;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** List-query parameters that are no filter: a filter selects clients, it does not page them. */
const NOT_FILTERS = new Set(['offset', 'limit', 'fields', 'sort']);

export type Recipients =
  | { kind: 'clientIds'; clientIds: number[] }
  | { kind: 'filter'; raw: Record<string, string>; filters: ReturnType<typeof parseListQuery>['filters'] }
  | { kind: 'group'; groupId: number };

/** Everything a send decided before writing anything: who, what, and each recipient's fate. */
export interface SendPlan {
  now: Date;
  recipients: Recipients;
  variables: Record<string, string>;
  scheduledAt: Date | null;
  channel: SendChannelType;
  document: Document;
  sender: Sender;
  clients: ClientFacts[];
  /** One per client, in the same order. */
  plans: RecipientPlan[];
}

/**
 * Decides a send without writing it: validates the request (4xx as the send answers them), loads
 * the recipients and what their checks need, and runs every recipient through `planRecipient`.
 * The send writes this plan; the dry run reports it. One function for both, so the estimate a
 * sender sees is the rule set the send applies, whatever rules it holds.
 */
@Injectable()
export class SendPlanner {
  constructor(
    private readonly channels: SendChannelTypeRepository,
    private readonly documents: DocumentRepository,
    private readonly groups: ClientGroupRepository,
    private readonly clients: ClientDirectory,
    private readonly refs: CatalogRefs,
    private readonly authority: SenderAuthority,
    private readonly circumstances: SendCircumstances,
    private readonly clock: Clock,
  ) {}

  async plan(input: SendCommunicationDto, actor: Principal, baseUrl: string): Promise<SendPlan> {
    const now = this.clock.now();
    const recipients = this.recipientsOf(input.recipients);
    const variables = this.commonValues(input.variables ?? {});
    const recipientVariables = this.recipientValues(input.recipientVariables ?? {});
    const schedule = this.scheduleOf(input.schedule, now);

    await this.refs.assertExist({
      types: [{ field: 'communicationTypeId', id: input.communicationTypeId }],
      channels: [{ field: 'sendChannelTypeId', id: input.sendChannelTypeId }],
    });
    const channel = (await this.channels.findById(input.sendChannelTypeId))!;
    if (!channel.enabled)
      throw unprocessable(COMMUNICATIONS_ERRORS.SEND_CHANNEL_DISABLED, `Channel «${channel.name}» is disabled: nothing new is sent on it`, [
        { field: 'sendChannelTypeId', message: 'names a disabled channel' },
      ]);
    const document = await this.documents.findById(input.documentId);
    if (!document)
      throw unprocessable(COMMUNICATIONS_ERRORS.DOCUMENT_NOT_FOUND, `Document ${input.documentId} does not exist`, [
        { field: 'documentId', message: 'must name an existing document' },
      ]);
    const sender = await this.authority.authoriseSend(actor, input.departmentId, {
      communicationTypeId: input.communicationTypeId,
      sendChannelTypeId: input.sendChannelTypeId,
    });

    const clients = await this.clientsOf(recipients, actor);
    const recipientIds = new Set(clients.map((c) => c.clientId));
    this.assertAllRecipients(
      [...schedule.perClient.keys()],
      recipientIds,
      (id) => `schedule.perClient[${schedule.perClientIndex.get(id)}].clientId`,
    );
    this.assertAllRecipients([...recipientVariables.keys()], recipientIds, (id) => `recipientVariables.${id}`);

    const rules = await this.circumstances.rulesFor(sender.departmentId, input.communicationTypeId, channel.id);
    const quietHours = new QuietHoursClock(rules);
    const requested = (client: ClientFacts) => schedule.perClient.get(client.clientId) ?? schedule.at ?? now;
    let from = Number.POSITIVE_INFINITY;
    let to = Number.NEGATIVE_INFINITY;
    for (const client of clients) {
      const at = quietHours.nextAllowed(requested(client), client.timeZone).at.getTime();
      from = Math.min(from, at);
      to = Math.max(to, at);
    }
    const circumstances = await this.circumstances.load(
      clients.map((c) => c.clientId),
      { id: channel.id, kind: channel.kind },
      sender.departmentId,
      { from: new Date(from), to: new Date(to) },
      rules,
    );
    const content = this.contentOf(document, input.name, baseUrl);
    const plans = clients.map((client) =>
      planRecipient({
        client,
        kind: channel.kind,
        channelName: channel.name,
        requestedAt: requested(client),
        rules,
        clock: quietHours,
        circumstances: circumstances.get(client.clientId)!,
        content,
        values: valuesFor(client, variables, recipientVariables.get(client.clientId)),
      }),
    );
    return { now, recipients, variables, scheduledAt: schedule.at, channel, document, sender, clients, plans };
  }

  /** What each recipient gets: a template rendered per client, a text as written, a file as a link to it. */
  private contentOf(document: Document, mailingName: string, baseUrl: string): Content {
    if (document.kind === 'template') return { subject: document.subject ?? mailingName, body: document.body ?? '', template: true };
    if (document.kind === 'text') return { subject: document.subject ?? mailingName, body: document.body ?? '', template: false };
    return { subject: document.name, body: `${document.name}: ${baseUrl}/api/v1/documents/${document.id}/content`, template: false };
  }

  private recipientsOf(input: RecipientsDto): Recipients {
    const given = (['clientIds', 'filter', 'groupId'] as const).filter((key) => input[key] !== undefined);
    if (given.length !== 1) {
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'Name the recipients in exactly one way: clientIds, filter or groupId', [
        {
          field: 'recipients',
          message: `must have exactly one of clientIds, filter, groupId (got ${given.length ? given.join(', ') : 'none'})`,
        },
      ]);
    }
    if (input.clientIds) return { kind: 'clientIds', clientIds: [...new Set(input.clientIds)] };
    if (input.groupId !== undefined) return { kind: 'group', groupId: input.groupId };
    const raw = input.filter!;
    const problems: FieldProblem[] = [];
    for (const [key, value] of Object.entries(raw)) {
      if (NOT_FILTERS.has(key)) problems.push({ field: `recipients.filter.${key}`, message: 'is not a filter of clients' });
      else if (typeof value !== 'string')
        problems.push({ field: `recipients.filter.${key}`, message: 'must be text, as in a query string' });
    }
    if (problems.length)
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
    try {
      return { kind: 'filter', raw, filters: parseListQuery(raw, CLIENT_LIST).filters };
    } catch (error) {
      const details = (error as { options?: { details?: FieldProblem[] } }).options?.details ?? [];
      throw invalid(
        PLATFORM_ERRORS.VALIDATION_FAILED,
        `recipients.filter: ${(error as Error).message}`,
        details.map((d) => ({ field: `recipients.filter.${d.field}`, message: d.message })),
      );
    }
  }

  /** The recipients' client records (within the caller's scope); unknown ones are 422. */
  private async clientsOf(recipients: Recipients, actor: Principal): Promise<ClientFacts[]> {
    const scope = scopeOf(actor);
    if (recipients.kind === 'clientIds') {
      const clients = await this.clients.factsOf(recipients.clientIds, scope);
      if (clients.length < recipients.clientIds.length) {
        const found = new Set(clients.map((c) => c.clientId));
        const missing = recipients.clientIds.filter((id) => !found.has(id));
        const shown = missing.slice(0, 20);
        throw unprocessable(
          COMMUNICATIONS_ERRORS.CLIENT_NOT_FOUND,
          `Client(s) ${shown.join(', ')}${missing.length > shown.length ? ` and ${missing.length - shown.length} more` : ''} do not exist; nothing was sent`,
          shown.map((id) => ({ field: 'recipients.clientIds', message: `client ${id} does not exist` })),
        );
      }
      return clients;
    }
    let clients: ClientFacts[];
    if (recipients.kind === 'group') {
      if (!(await this.groups.findById(recipients.groupId)))
        throw unprocessable(COMMUNICATIONS_ERRORS.CLIENT_GROUP_NOT_FOUND, `Client group ${recipients.groupId} does not exist`, [
          { field: 'recipients.groupId', message: 'must name an existing client group' },
        ]);
      const ids = await this.groups.clientIds(recipients.groupId, MAX_RECIPIENTS);
      this.assertNotTooMany(ids.length);
      clients = await this.clients.factsOf(ids, scope);
    } else {
      clients = await this.clients.factsMatching(recipients.filters, scope, MAX_RECIPIENTS);
      this.assertNotTooMany(clients.length);
    }
    if (!clients.length)
      throw unprocessable(COMMUNICATIONS_ERRORS.NO_RECIPIENTS, 'The recipients name no client: nothing was sent', [
        { field: 'recipients', message: 'selects no client' },
      ]);
    return clients;
  }

  private assertNotTooMany(count: number): void {
    if (count > MAX_RECIPIENTS) {
      throw unprocessable(
        COMMUNICATIONS_ERRORS.TOO_MANY_RECIPIENTS,
        `More than ${MAX_RECIPIENTS} recipients: split the send (e.g. by clientId ranges of the filter)`,
        [{ field: 'recipients', message: `selects more than ${MAX_RECIPIENTS} clients` }],
      );
    }
  }

  private assertAllRecipients(ids: number[], recipients: Set<number>, field: (id: number) => string): void {
    const strangers = ids.filter((id) => !recipients.has(id));
    if (strangers.length) {
      throw unprocessable(
        COMMUNICATIONS_ERRORS.NOT_A_RECIPIENT,
        `Client(s) ${strangers.slice(0, 20).join(', ')} are not among the recipients`,
        strangers.slice(0, 20).map((id) => ({ field: field(id), message: `client ${id} is not a recipient` })),
      );
    }
  }

  /** The common time (null: now) and the per-client times; none in the past (400), none over a year ahead. */
  private scheduleOf(schedule: ScheduleDto | undefined, now: Date) {
    const problems: FieldProblem[] = [];
    const check = (raw: string, field: string): Date => {
      const at = new Date(raw);
      if (at.getTime() < now.getTime() - PAST_GRACE_MS) problems.push({ field, message: `${raw} is in the past` });
      else if (at.getTime() > now.getTime() + MAX_AHEAD_MS) problems.push({ field, message: 'must be within a year from now' });
      return at.getTime() < now.getTime() ? now : at;
    };
    const at = schedule?.at === undefined ? null : check(schedule.at, 'schedule.at');
    const perClient = new Map<number, Date>();
    const perClientIndex = new Map<number, number>();
    (schedule?.perClient ?? []).forEach((entry, i) => {
      if (perClient.has(entry.clientId))
        problems.push({ field: `schedule.perClient[${i}].clientId`, message: `repeats client ${entry.clientId}` });
      perClient.set(entry.clientId, check(entry.at, `schedule.perClient[${i}].at`));
      perClientIndex.set(entry.clientId, i);
    });
    if (problems.length) {
      const past = problems.some((p) => p.message.endsWith('in the past'));
      throw invalid(
        past ? COMMUNICATIONS_ERRORS.SCHEDULE_IN_PAST : PLATFORM_ERRORS.VALIDATION_FAILED,
        problems.map((p) => `${p.field}: ${p.message}`).join('; '),
        problems,
      );
    }
    return { at, perClient, perClientIndex };
  }

  /** The values every recipient gets: bounded, as they are stored with the mailing and shown in the answer. */
  private commonValues(values: Record<string, unknown>): Record<string, string> {
    const common = this.textValues(values, 'variables');
    const total = Object.values(common).reduce((sum, value) => sum + value.length, 0);
    if (Object.keys(common).length > VALUES_MAX_COUNT || total > VALUES_MAX_TOTAL) {
      throw invalid(
        PLATFORM_ERRORS.VALIDATION_FAILED,
        `variables: at most ${VALUES_MAX_COUNT} values of ${VALUES_MAX_TOTAL} characters in all; per-client values go in recipientVariables`,
        [{ field: 'variables', message: `must hold at most ${VALUES_MAX_COUNT} values, ${VALUES_MAX_TOTAL} characters in all` }],
      );
    }
    return common;
  }

  private textValues(values: Record<string, unknown>, field: string): Record<string, string> {
    const result: Record<string, string> = {};
    const problems: FieldProblem[] = [];
    for (const [name, value] of Object.entries(values)) {
      if (!VARIABLE_NAME.test(name))
        problems.push({ field: `${field}.${name}`, message: 'is not a variable name (letters, digits, _ and dots)' });
      else if ((typeof value !== 'string' && typeof value !== 'number') || String(value).length > VALUE_MAX)
        problems.push({ field: `${field}.${name}`, message: `must be text of at most ${VALUE_MAX} characters` });
      else result[name] = String(value);
    }
    if (problems.length)
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
    return result;
  }

  private recipientValues(values: Record<string, unknown>): Map<number, Record<string, string>> {
    const result = new Map<number, Record<string, string>>();
    for (const [key, own] of Object.entries(values)) {
      if (!/^\d{1,9}$/.test(key))
        throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `recipientVariables.${key}: keys are client ids`, [
          { field: `recipientVariables.${key}`, message: 'must be a client id' },
        ]);
      if (typeof own !== 'object' || own === null || Array.isArray(own))
        throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `recipientVariables.${key} must be an object of names to text`, [
          { field: `recipientVariables.${key}`, message: 'must be an object of names to text' },
        ]);
      result.set(Number(key), this.textValues(own as Record<string, unknown>, `recipientVariables.${key}`));
    }
    return result;
  }
}
