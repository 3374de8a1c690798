import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Clock, Database, type ListQuery, type Page, type Principal, scopeOf, type Versioned } from '@contactly/platform';
import type { EntityManager } from 'typeorm';
import { ClientDirectory } from '../client/client-directory.js';
import { docTime } from '../shared/doc-time.js';
import { NamedRowService } from '../shared/named-row.service.js';
import type { ClientGroup } from './client-group.entity.js';
import { CLIENT_GROUP_LIST } from './client-group.list.js';
import { ClientGroupRepository } from './client-group.repository.js';
import type { ClientGroupView, CreateClientGroupDto, UpdateClientGroupDto } from './dto/client-group.dto.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** Client ids an event or audit entry lists of a membership change; more are recorded by their count. */
const RECORDED_IDS = 500;

interface MembershipChange {
  addedClientIds: number[];
  removedClientIds: number[];
}

/**
 * Saved groups of clients, to send to (recipients `groupId`), and to check together (their
 * availability). Members must be clients the caller may see (422 otherwise, nothing written); a
 * group can be deleted at any time (mailings keep their history).
 */
@Injectable()
export class ClientGroupService extends NamedRowService<ClientGroup, ClientGroupView> {
  protected readonly names = {
    label: 'Client group',
    resource: 'ClientGroup',
    resourceType: 'clientGroup',
    codes: {
      notFound: COMMUNICATIONS_ERRORS.CLIENT_GROUP_NOT_FOUND,
      nameAmbiguous: COMMUNICATIONS_ERRORS.CLIENT_GROUP_NAME_AMBIGUOUS,
      nameTaken: COMMUNICATIONS_ERRORS.CLIENT_GROUP_NAME_TAKEN,
    },
  };
  /**
   * The members an update added and removed, by its transaction (each has its own manager), so that
   * the change it records says who joined and left even when the count stays the same.
   */
  private readonly membershipChanges = new WeakMap<EntityManager, MembershipChange>();

  constructor(
    private readonly groups: ClientGroupRepository,
    private readonly clients: ClientDirectory,
    db: Database,
    changes: ChangeRecorder,
    clock: Clock,
  ) {
    super(groups, db, changes, clock);
  }

  async list(query: ListQuery): Promise<Page<ClientGroupView>> {
    return this.listRows(await this.groups.list(query, CLIENT_GROUP_LIST));
  }

  create(input: CreateClientGroupDto, actor: Principal): Promise<Versioned<ClientGroupView>> {
    const clientIds = [...new Set(input.clientIds ?? [])];
    return this.db.transaction(async () => {
      await this.clients.lockForReference(clientIds, scopeOf(actor), 'clientIds');
      return this.insertRow(
        { name: input.name, description: input.description ?? null, clientCount: clientIds.length },
        actor,
        async (group) => {
          this.membershipChanges.set(this.db.manager, {
            addedClientIds: await this.groups.addClients(group.id, clientIds),
            removedClientIds: [],
          });
        },
      );
    });
  }

  update(
    idOrName: string,
    input: UpdateClientGroupDto,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<ClientGroupView>> {
    let membersChanged = false;
    return this.changeRow(
      idOrName,
      expectedVersion,
      actor,
      async (group) => {
        if (input.addClientIds?.length) await this.clients.lockForReference(input.addClientIds, scopeOf(actor), 'addClientIds');
        const added = input.addClientIds?.length ? await this.groups.addClients(group.id, input.addClientIds) : [];
        const removed = input.removeClientIds?.length ? await this.groups.removeClients(group.id, input.removeClientIds) : [];
        membersChanged = added.length + removed.length > 0;
        if (membersChanged) this.membershipChanges.set(this.db.manager, { addedClientIds: added, removedClientIds: removed });
        return {
          name: input.name,
          description: input.description,
          clientCount: membersChanged ? await this.groups.countClients(group.id) : undefined,
        };
      },
      // Members in and out in equal numbers change no column, but change the group.
      () => Promise.resolve(membersChanged),
    );
  }

  /**
   * Takes a client whose party is being deleted out of every group, each recorded as the group's
   * change. It runs inside the deleting lib's transaction, so it locks each group instead of
   * retrying on a version conflict as update does (see ClientGroupRepository.removeMember).
   */
  async removeClientFromAll(clientId: number, actor: Principal): Promise<void> {
    const now = this.clock.now();
    for (const groupId of await this.groups.groupIdsOf(clientId)) {
      const change = await this.groups.removeMember(groupId, clientId, now);
      if (!change) continue;
      const [before, after] = await this.views([change.before, change.after]);
      this.membershipChanges.set(this.db.manager, { addedClientIds: [], removedClientIds: [clientId] });
      await this.record(groupId, actor, before, after);
    }
  }

  /** One page of the ids of a group's clients, and how many it has. */
  async clientIdsOf(idOrName: string, query: ListQuery): Promise<{ ids: number[]; total: number }> {
    const group = await this.find(idOrName);
    return { ids: await this.groups.clientIdsPage(group.id, query.offset, query.limit), total: group.clientCount };
  }

  protected override async record(
    id: number,
    actor: Principal,
    before: ClientGroupView | null,
    after: ClientGroupView | null,
  ): Promise<void> {
    const change = this.membershipChanges.get(this.db.manager);
    this.membershipChanges.delete(this.db.manager);
    const listed = (ids: number[]) => (ids.length <= RECORDED_IDS ? ids : `${ids.length} clients`);
    const membership =
      change && after
        ? { ...after, addedClientIds: listed(change.addedClientIds), removedClientIds: listed(change.removedClientIds) }
        : after;
    await super.record(id, actor, before, membership);
  }

  protected async views(rows: ClientGroup[]): Promise<ClientGroupView[]> {
    return rows.map((g) => ({
      groupId: g.id,
      name: g.name,
      description: g.description,
      clientCount: g.clientCount,
      version: g.version,
      createTime: docTime(g.createdAt),
      updateTime: docTime(g.updatedAt),
    }));
  }
}
