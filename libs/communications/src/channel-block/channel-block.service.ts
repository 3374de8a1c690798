import { Injectable } from '@nestjs/common';
import {
  PLATFORM_ERRORS,
  assertVersion,
  ChangeRecorder,
  Clock,
  conflict,
  Database,
  invalid,
  type ListQuery,
  notFound,
  Page,
  type Principal,
  retryOnVersionConflict,
  scopeOf,
  unprocessable,
  Versioned,
} from '@contactly/platform';
import { ClientDirectory } from '../client/client-directory.js';
import { SendChannelTypeRepository } from '../send-channel-type/send-channel-type.repository.js';
import { docTime, docTimeOrNull } from '../shared/doc-time.js';
import { nameKeyOf, parseIdOrName } from '../shared/names.js';
import type { ChannelBlock } from './channel-block.entity.js';
import { ChannelBlockRepository } from './channel-block.repository.js';
import type { ChannelBlockView, CreateChannelBlockDto, UpdateChannelBlockDto } from './dto/channel-block.dto.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/**
 * Channel blocks: a client is not to be reached on a channel, until a date or for good, for a
 * stated reason. One block in force per client and channel (409 names the existing one); lifting
 * a block deletes it. Every write is evented (`ChannelBlock…Event`) and audited. A block belongs
 * to its client: whoever may not see the client (another affiliate's, another subscriber's) finds
 * no block either — reading, changing or lifting it is 404.
 */
@Injectable()
export class ChannelBlockService {
  constructor(
    private readonly blocks: ChannelBlockRepository,
    private readonly channels: SendChannelTypeRepository,
    private readonly clients: ClientDirectory,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
  ) {}

  async list(query: ListQuery, principal: Principal, restrict: { sendChannelTypeId?: number } = {}): Promise<Page<ChannelBlockView>> {
    if (query.extra.active !== undefined && !['true', 'false'].includes(query.extra.active))
      throw invalid(PLATFORM_ERRORS.INVALID_LIST_QUERY, 'active must be true or false', [
        { field: 'active', message: 'must be true or false' },
      ]);
    const scope = scopeOf(principal);
    const page = await this.blocks.list(query, this.clock.now(), restrict, (qb) =>
      this.clients.narrowToClientsOf(qb, 'cb.client_id', scope),
    );
    return new Page(await this.views(page.items), page.total, page.fields);
  }

  async get(id: number, principal: Principal): Promise<Versioned<ChannelBlockView>> {
    const block = await this.find(id, principal);
    return new Versioned((await this.views([block]))[0], block.version);
  }

  /** The client's blocks in force now, on any channel (none for a client out of the principal's scope). */
  async inForceFor(clientId: number, principal: Principal): Promise<ChannelBlockView[]> {
    if (!(await this.clients.find(clientId, scopeOf(principal)))) return [];
    return this.views(await this.blocks.inForceOfClient(clientId, this.clock.now()));
  }

  /** The channel by id or name, for the routes under /send_channel_types/{channel}/blocks. */
  async channelId(idOrName: string): Promise<number> {
    const key = parseIdOrName(idOrName);
    const channel = 'id' in key ? await this.channels.findById(key.id) : (await this.channels.findByNameKey(nameKeyOf(key.name)))[0];
    if (!channel) throw notFound(COMMUNICATIONS_ERRORS.SEND_CHANNEL_TYPE_NOT_FOUND, `Channel ${idOrName} does not exist`);
    return channel.id;
  }

  async create(input: CreateChannelBlockDto, actor: Principal): Promise<Versioned<ChannelBlockView>> {
    const now = this.clock.now();
    const until = this.until(input.until, now);
    return this.db.transaction(async () => {
      // First, before any read: the client's row write-locked (as a booking does) makes a concurrent
      // block of the same client wait here, so of two blocks of one channel at once one gets 409.
      await this.clients.lockForBooking([input.clientId]);
      if (!(await this.channels.findById(input.sendChannelTypeId))) {
        throw unprocessable(COMMUNICATIONS_ERRORS.SEND_CHANNEL_TYPE_NOT_FOUND, `Channel ${input.sendChannelTypeId} does not exist`, [
          { field: 'sendChannelTypeId', message: 'must name an existing channel' },
        ]);
      }
      await this.clients.lockForReference([input.clientId], scopeOf(actor), 'clientId');
      const existing = await this.blocks.inForceFor(input.clientId, input.sendChannelTypeId, now);
      if (existing) {
        throw conflict(
          COMMUNICATIONS_ERRORS.CHANNEL_ALREADY_BLOCKED,
          `Channel ${input.sendChannelTypeId} is already blocked for client ${input.clientId} (block ${existing.id}${existing.until ? ` until ${docTime(existing.until)}` : ', permanently'}); change that block instead`,
          { channelBlockId: existing.id },
        );
      }
      const block = await this.blocks.insert({
        clientId: input.clientId,
        sendChannelTypeId: input.sendChannelTypeId,
        until,
        reason: input.reason,
        blockedByUserId: actor.userId > 0 ? actor.userId : null,
        blockedByName: actor.username,
        createdAt: now,
        updatedAt: now,
      });
      const view = (await this.views([block]))[0];
      await this.record(block.id, actor, null, view);
      return new Versioned(view, block.version);
    });
  }

  async update(
    id: number,
    input: UpdateChannelBlockDto,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<ChannelBlockView>> {
    const now = this.clock.now();
    const until = input.until === undefined ? undefined : this.until(input.until, now);
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const block = await this.find(id, actor);
          assertVersion(expectedVersion, block.version, `Channel block ${id}`);
          const before = (await this.views([block]))[0];
          const updated = await this.blocks.update(block, {
            until: until === undefined ? block.until : until,
            reason: input.reason ?? block.reason,
            updatedAt: now,
          });
          const after = (await this.views([updated]))[0];
          await this.record(id, actor, before, after);
          return new Versioned(after, updated.version);
        }),
      expectedVersion,
      `Channel block ${id}`,
    );
  }

  /** Lifts the block. */
  async delete(id: number, actor: Principal): Promise<void> {
    await this.db.transaction(async () => {
      const block = await this.find(id, actor);
      const before = (await this.views([block]))[0];
      await this.blocks.delete(id);
      await this.record(id, actor, before, null);
    });
  }

  /** Lifts every block of a client whose party is being deleted (each recorded as its own delete). */
  async liftAllOf(clientId: number, actor: Principal): Promise<void> {
    for (const block of await this.blocks.ofClient(clientId)) {
      const before = (await this.views([block]))[0];
      await this.blocks.delete(block.id);
      await this.record(block.id, actor, before, null);
    }
  }

  /** Whether the client may not be reached on the channel at `at` (for the sending checks). */
  async isBlocked(clientId: number, sendChannelTypeId: number, at: Date): Promise<boolean> {
    return (await this.blocks.inForceFor(clientId, sendChannelTypeId, at)) !== null;
  }

  private async find(id: number, principal: Principal): Promise<ChannelBlock> {
    const block = await this.blocks.findById(id);
    if (!block || !(await this.clients.find(block.clientId, scopeOf(principal))))
      throw notFound(COMMUNICATIONS_ERRORS.CHANNEL_BLOCK_NOT_FOUND, `Channel block ${id} does not exist`);
    return block;
  }

  private async views(blocks: ChannelBlock[]): Promise<ChannelBlockView[]> {
    const channels = await this.channels.findByIds(blocks.map((b) => b.sendChannelTypeId));
    const now = this.clock.nowMs();
    return blocks.map((b) => ({
      channelBlockId: b.id,
      clientId: b.clientId,
      sendChannelTypeId: b.sendChannelTypeId,
      channelName: channels.get(b.sendChannelTypeId)?.name ?? '',
      until: docTimeOrNull(b.until),
      permanent: b.until === null,
      active: b.until === null || b.until.getTime() > now,
      reason: b.reason,
      blockedBy: b.blockedByName,
      version: b.version,
      createTime: docTime(b.createdAt),
      updateTime: docTime(b.updatedAt),
    }));
  }

  private until(value: string | null | undefined, now: Date): Date | null {
    if (value === undefined || value === null) return null;
    const date = new Date(value);
    if (date.getTime() <= now.getTime())
      throw invalid(COMMUNICATIONS_ERRORS.BLOCK_UNTIL_IN_PAST, `until ${docTime(date)} is not in the future`, [
        { field: 'until', message: 'must be in the future (or null for a permanent block)' },
      ]);
    return date;
  }

  private async record(id: number, actor: Principal, before: ChannelBlockView | null, after: ChannelBlockView | null): Promise<void> {
    // `active` depends on the clock, not on the write: it is left out of what is recorded.
    const strip = (view: ChannelBlockView | null) => (view ? (({ active: _active, ...rest }) => rest)(view) : null);
    await this.changes.record({
      resource: 'ChannelBlock',
      resourceType: 'channelBlock',
      resourceId: id,
      actor,
      before: strip(before),
      after: strip(after),
    });
  }
}
