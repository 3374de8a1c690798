import { Injectable } from '@nestjs/common';
import { PLATFORM_ERRORS, Clock, invalid, notFound, type Principal, scopeOf } from '@contactly/platform';
import { type ClientFacts, ClientDirectory } from '../client/client-directory.js';
import { ClientGroupRepository } from '../client-group/client-group.repository.js';
import { ClientGroupService } from '../client-group/client-group.service.js';
import { ATTEMPTED_STATUSES, SUCCESSFUL_STATUSES } from '../communication/communication-status.js';
import { CommunicationRepository } from '../communication/communication.repository.js';
import {
  type ApplicableRules,
  MOVED_REASON,
  noDepartmentRules,
  planRecipient,
  QuietHoursClock,
  type RecipientPlan,
} from '../communication/recipient-checks.js';
import { COMMUNICATION_PURPOSES } from '../communication-type/communication-purpose.js';
import type { SendChannelType } from '../send-channel-type/send-channel-type.entity.js';
import { SendCircumstances } from '../communication/send-circumstances.js';
import { SenderAuthority } from '../communication/sender-authority.js';
import { SendChannelTypeRepository } from '../send-channel-type/send-channel-type.repository.js';
import { docTime, docTimeOrNull } from '../shared/doc-time.js';
import type { AvailabilityCheckQuery, AvailabilityCheckView, GroupAvailabilityView, PeriodQuery } from './dto/availability.dto.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** Whether a channel reaches the client now, for a marketing and for a service communication, and why not. */
export interface ChannelReach {
  channel: SendChannelType;
  marketing: { reachable: boolean; reasons: { code: string; message: string }[] };
  service: { reachable: boolean; reasons: { code: string; message: string }[] };
}

/** Clients a list-form availability takes at once (a saved group takes any number). */
const MAX_LISTED_CLIENTS = 1_000;
const GROUP_MAX_CLIENTS = 1_000_000;

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/**
 * Whether clients can be reached: a group's (or a list's) share of available clients and of
 * successful communications, and for one client, channel and time a yes or no with every reason —
 * the same checks a send applies, without sending.
 */
@Injectable()
export class AvailabilityService {
  constructor(
    private readonly clients: ClientDirectory,
    private readonly groups: ClientGroupService,
    private readonly members: ClientGroupRepository,
    private readonly communications: CommunicationRepository,
    private readonly channels: SendChannelTypeRepository,
    private readonly authority: SenderAuthority,
    private readonly circumstances: SendCircumstances,
    private readonly clock: Clock,
  ) {}

  async ofGroup(idOrName: string, period: PeriodQuery, principal: Principal): Promise<GroupAvailabilityView> {
    const group = await this.groups.find(idOrName);
    const { from, to } = this.period(period);
    const ids = await this.members.clientIds(group.id, GROUP_MAX_CLIENTS);
    return this.figures(
      group.id,
      await this.clients.availabilityOf(ids, scopeOf(principal)),
      await this.communications.countByStatus({ groupId: group.id, from, to }),
      from,
      to,
    );
  }

  async ofClients(clientIds: string, period: PeriodQuery, principal: Principal): Promise<GroupAvailabilityView> {
    const ids = [...new Set(clientIds.split(',').map(Number))];
    if (ids.length > MAX_LISTED_CLIENTS)
      throw invalid(
        PLATFORM_ERRORS.VALIDATION_FAILED,
        `At most ${MAX_LISTED_CLIENTS} clients; save a larger group and ask for its availability`,
        [{ field: 'clientIds', message: `must list at most ${MAX_LISTED_CLIENTS} clients` }],
      );
    const { from, to } = this.period(period);
    const scope = scopeOf(principal);
    const known = await this.clients.existingIds(ids, scope);
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) throw notFound(COMMUNICATIONS_ERRORS.CLIENT_NOT_FOUND, `Client(s) ${missing.slice(0, 20).join(', ')} do not exist`);
    return this.figures(
      null,
      await this.clients.availabilityOf(ids, scope),
      await this.communications.countByStatus({ clientIds: ids, from, to }),
      from,
      to,
    );
  }

  async check(clientId: number, query: AvailabilityCheckQuery, principal: Principal): Promise<AvailabilityCheckView> {
    const [client] = await this.clients.factsOf([clientId], scopeOf(principal));
    if (!client) throw notFound(COMMUNICATIONS_ERRORS.CLIENT_NOT_FOUND, `Client ${clientId} does not exist`);
    const channel = await this.channels.findById(Number(query.sendChannelTypeId));
    if (!channel) throw notFound(COMMUNICATIONS_ERRORS.SEND_CHANNEL_TYPE_NOT_FOUND, `Channel ${query.sendChannelTypeId} does not exist`);
    const typeId = query.communicationTypeId === undefined ? null : Number(query.communicationTypeId);
    let departmentId: number | null = null;
    if (query.departmentId !== undefined) {
      departmentId = Number(query.departmentId);
      if (!(await this.circumstances.departmentExists(departmentId)))
        throw notFound(COMMUNICATIONS_ERRORS.DEPARTMENT_NOT_FOUND, `Department ${departmentId} does not exist`);
    } else {
      departmentId = (await this.authority.employeeDepartment(principal)) ?? null;
    }
    const at = query.at === undefined ? this.clock.now() : new Date(query.at);
    const rules =
      departmentId !== null
        ? await this.circumstances.rulesFor(departmentId, typeId, channel.id)
        : typeId === null
          ? null
          : noDepartmentRules(await this.circumstances.purposeOf(typeId));
    const [plan] = await this.judge(client, channel, departmentId, at, [rules]);
    const reasons: { code: string; message: string }[] = [...plan.findings];
    if (!channel.enabled)
      reasons.unshift({ code: 'CHANNEL_DISABLED', message: `Channel «${channel.name}» is disabled: nothing new is sent on it` });
    const moved = plan.scheduledAt.getTime() !== at.getTime();
    return {
      clientId: client.clientId,
      sendChannelTypeId: channel.id,
      communicationTypeId: typeId,
      departmentId,
      at: docTime(at),
      available: reasons.length === 0,
      reasons,
      nextAllowedTime: moved && reasons.some((r) => r.code === MOVED_REASON) ? docTime(plan.scheduledAt) : null,
    };
  }

  /**
   * Whether the client can be reached now on each enabled channel, for a marketing and for a service
   * communication, by the checks a send applies with no department's rules (the client's own state:
   * status, availability, blocks, bookings, addresses). For the customer overview.
   */
  async reachability(clientId: number, principal: Principal): Promise<ChannelReach[] | null> {
    const [client] = await this.clients.factsOf([clientId], scopeOf(principal));
    if (!client) return null;
    const at = this.clock.now();
    const reach: ChannelReach[] = [];
    for (const channel of await this.channels.enabled()) {
      const [marketing, service] = await this.judge(client, channel, null, at, COMMUNICATION_PURPOSES.map(noDepartmentRules));
      const verdict = (plan: RecipientPlan) => ({ reachable: plan.status === 'scheduled', reasons: plan.findings });
      reach.push({ channel, marketing: verdict(marketing), service: verdict(service) });
    }
    return reach;
  }

  /**
   * One client's checks on one channel at one time, as a send would run them, under each of the
   * given rules (rules of the same department, or none: what was loaded serves them all).
   */
  private async judge(
    client: ClientFacts,
    channel: SendChannelType,
    departmentId: number | null,
    at: Date,
    rulesEach: (ApplicableRules | null)[],
  ): Promise<RecipientPlan[]> {
    const loaded = await this.circumstances.load(
      [client.clientId],
      { id: channel.id, kind: channel.kind },
      departmentId,
      { from: at, to: at },
      rulesEach[0],
    );
    return rulesEach.map((rules) =>
      planRecipient({
        client,
        kind: channel.kind,
        channelName: channel.name,
        requestedAt: at,
        rules,
        clock: new QuietHoursClock(rules),
        circumstances: loaded.get(client.clientId)!,
        content: null,
        values: {},
      }),
    );
  }

  private figures(
    groupId: number | null,
    clients: { clients: number; available: number },
    byStatus: Record<string, number>,
    from: Date | undefined,
    to: Date | undefined,
  ): GroupAvailabilityView {
    const sum = (statuses: readonly string[]) => statuses.reduce((total, status) => total + (byStatus[status] ?? 0), 0);
    const attempted = sum(ATTEMPTED_STATUSES);
    const successful = sum(SUCCESSFUL_STATUSES);
    return {
      groupId,
      clientCount: clients.clients,
      availableCount: clients.available,
      availablePercent: percent(clients.available, clients.clients),
      communicationCount: attempted,
      successfulCount: successful,
      successPercent: percent(successful, attempted),
      byStatus,
      from: docTimeOrNull(from ?? null),
      to: docTimeOrNull(to ?? null),
    };
  }

  private period(query: PeriodQuery): { from?: Date; to?: Date } {
    const from = query.from === undefined ? undefined : new Date(query.from);
    const to = query.to === undefined ? undefined : new Date(query.to);
    if (from && to && from.getTime() >= to.getTime())
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'from must be before to', [{ field: 'to', message: 'must be after from' }]);
    return { from, to };
  }
}
