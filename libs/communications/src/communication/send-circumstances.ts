import { Injectable } from '@nestjs/common';
import { BookingRepository } from '../booking/booking.repository.js';
import { ChannelBlockRepository } from '../channel-block/channel-block.repository.js';
import { ClientDirectory } from '../client/client-directory.js';
import { type CommunicationPurpose, DEFAULT_COMMUNICATION_PURPOSE } from '../communication-type/communication-purpose.js';
import { CommunicationTypeRepository } from '../communication-type/communication-type.repository.js';
import { DepartmentRepository } from '../department/department.repository.js';
import { RuleRepository } from '../rule/rule.repository.js';
import type { ChannelKind } from '../send-channel-type/send-channel-type.entity.js';
import { CommunicationRepository } from './communication.repository.js';
import { type ApplicableRules, type Circumstances, PERIOD_MS } from './recipient-checks.js';

/**
 * Loads, for a whole set of recipients at once, what their checks need: the department's rules for
 * the type and channel, and per client the channel's blocks, other departments' bookings, recent
 * communications on the channel (caps) and whether a push can reach them. A few queries per 5,000
 * clients, whatever the checks then decide.
 */
@Injectable()
export class SendCircumstances {
  constructor(
    private readonly rules: RuleRepository,
    private readonly departments: DepartmentRepository,
    private readonly blocks: ChannelBlockRepository,
    private readonly bookings: BookingRepository,
    private readonly communications: CommunicationRepository,
    private readonly clients: ClientDirectory,
    private readonly types: CommunicationTypeRepository,
  ) {}

  /** What the department's active rules say about the type (null: not asked) on the channel. */
  async rulesFor(departmentId: number, communicationTypeId: number | null, sendChannelTypeId: number): Promise<ApplicableRules> {
    const purpose = communicationTypeId === null ? null : await this.purposeOf(communicationTypeId);
    const rules = await this.rules.activeOf(departmentId);
    const lines = await this.rules.linesOf(rules.map((r) => r.id));
    const allowing = rules.filter((rule) =>
      lines
        .get(rule.id)!
        .allowed.some(
          (pair) =>
            pair.sendChannelTypeId === sendChannelTypeId &&
            (communicationTypeId === null || pair.communicationTypeId === communicationTypeId),
        ),
    );
    return {
      allowed: allowing.length > 0,
      quietHours: allowing.flatMap((rule) =>
        rule.quietStart && rule.quietEnd
          ? [{ quiet: { start: rule.quietStart, end: rule.quietEnd }, ruleTimeZone: rule.timeZone, ruleName: rule.name }]
          : [],
      ),
      caps: allowing.flatMap((rule) =>
        lines
          .get(rule.id)!
          .frequencyCaps.filter((cap) => cap.sendChannelTypeId === sendChannelTypeId)
          .map((cap) => ({ period: cap.period, maxCount: cap.maxCount, ruleName: rule.name })),
      ),
      defaultTimeZone: allowing[0]?.timeZone ?? rules[0]?.timeZone ?? 'UTC',
      purpose,
    };
  }

  /** Whether a type is marketing or service (an unknown type reads as marketing: the cautious side). */
  async purposeOf(communicationTypeId: number): Promise<CommunicationPurpose> {
    return (await this.types.findById(communicationTypeId))?.purpose ?? DEFAULT_COMMUNICATION_PURPOSE;
  }

  async departmentExists(departmentId: number): Promise<boolean> {
    return (await this.departments.findById(departmentId)) !== null;
  }

  /**
   * Each client's circumstances for sends between `from` and `to` on the channel by the department
   * (null: someone in no department): blocks and bookings lasting beyond `from`, and the client's
   * communications on the channel within the longest cap period around the sends.
   */
  async load(
    clientIds: number[],
    channel: { id: number; kind: ChannelKind },
    departmentId: number | null,
    window: { from: Date; to: Date },
    rules: ApplicableRules | null,
  ): Promise<Map<number, Circumstances>> {
    const blocks = await this.blocks.inForceAmong(clientIds, channel.id, window.from);
    const holdings = await this.bookings.holdingsOfOthersAmong(clientIds, departmentId, window.from);
    const longestCap = Math.max(0, ...(rules?.caps ?? []).map((cap) => PERIOD_MS[cap.period]));
    const sends = longestCap
      ? await this.communications.sendTimesAmong(
          clientIds,
          channel.id,
          new Date(window.from.getTime() - longestCap),
          new Date(window.to.getTime() + longestCap),
        )
      : new Map<number, Date[]>();
    const pushable = channel.kind === 'push' ? await this.clients.withSelfServiceLogin(clientIds) : new Set<number>();
    const names = await this.departments.findByIds(
      [...holdings.values()]
        .flat()
        .map((h) => h.departmentId)
        .filter((id): id is number => id !== null),
    );
    const circumstances = new Map<number, Circumstances>();
    for (const clientId of clientIds) {
      circumstances.set(clientId, {
        blocks: (blocks.get(clientId) ?? []).map((b) => ({ until: b.until, reason: b.reason })),
        holdings: (holdings.get(clientId) ?? []).map((h) => ({
          beforeDate: h.beforeDate,
          bookingId: h.bookingId,
          holder:
            h.departmentId === null
              ? `${h.bookedByName} (no department)`
              : `the department «${names.get(h.departmentId)?.name ?? h.departmentId}»`,
        })),
        recentSends: sends.get(clientId) ?? [],
        pushable: pushable.has(clientId),
      });
    }
    return circumstances;
  }
}
