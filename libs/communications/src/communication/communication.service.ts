import { Injectable } from '@nestjs/common';
import {
  assertVersion,
  AuditRecorder,
  ChangeRecorder,
  Clock,
  conflict,
  Database,
  forbidden,
  invalid,
  type ListQuery,
  notFound,
  Page,
  type Principal,
  retryOnVersionConflict,
  scopeOf,
  StateTransitionRecorder,
  unprocessable,
  Versioned,
} from '@contactly/platform';
import { ClientGroupRepository } from '../client-group/client-group.repository.js';
import { DepartmentRepository } from '../department/department.repository.js';
import { nameKeyOf, parseIdOrName } from '../shared/names.js';
import { communicationProcess, type CommunicationStatus, isBehind, type ReportedStatus } from './communication-status.js';
import type { Communication } from './communication.entity.js';
import { communicationSnapshot, toCommunicationView } from './communication.mapper.js';
import { type CommunicationSelection, CommunicationRepository } from './communication.repository.js';
import type { BulkStatusUpdateDto, BulkStatusUpdateView, CommunicationView, StatusUpdateDto } from './dto/communication.dto.js';
import { SenderAuthority } from './sender-authority.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** Communications moved per transaction by a bulk status update. */
const BULK_PAGE = 1_000;
/** What a subscriber may report of their own communications. */
const SELF_REPORTED: readonly ReportedStatus[] = ['read', 'responded'];

/** A reported status with what comes with it. */
export interface StatusReport {
  status: ReportedStatus;
  answers?: Record<string, unknown>;
  reason?: string;
}

/** The columns a move to a reported status sets. */
export function reportedColumns(report: StatusReport, now: Date): Partial<Communication> {
  const columns: Partial<Communication> = { status: report.status, statusChangedAt: now, updatedAt: now, dueAt: null };
  if (report.status === 'delivered') columns.deliveredAt = now;
  if (report.status === 'read') columns.readAt = now;
  if (report.status === 'responded') {
    columns.respondedAt = now;
    if (report.answers) columns.answers = report.answers;
  }
  if (report.status === 'failed') columns.lastError = (report.reason ?? 'Reported as failed').slice(0, 500);
  return columns;
}

/**
 * Reading communications (a subscriber reads only their own: anyone else's reads as not found),
 * cancelling a scheduled one (sent history stays), and the document's status updates: of one
 * communication, of all, of a department's, of a client's or a group's. Every change follows the
 * status machine, is evented and audited.
 */
@Injectable()
export class CommunicationService {
  constructor(
    private readonly communications: CommunicationRepository,
    private readonly departments: DepartmentRepository,
    private readonly groups: ClientGroupRepository,
    private readonly authority: SenderAuthority,
    private readonly transitions: StateTransitionRecorder,
    private readonly audit: AuditRecorder,
    private readonly changes: ChangeRecorder,
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async list(query: ListQuery, principal: Principal): Promise<Page<CommunicationView>> {
    const page = await this.communications.list(
      query,
      scopeOf(principal),
      query.extra.name === undefined ? undefined : nameKeyOf(query.extra.name),
    );
    return new Page(page.items.map(toCommunicationView), page.total, page.fields);
  }

  async get(idOrName: string, principal: Principal): Promise<Versioned<CommunicationView>> {
    const row = await this.find(idOrName, principal);
    return new Versioned(toCommunicationView(row), row.version);
  }

  /** By id, or by name when exactly one communication has it (a mailing to one client). */
  async find(idOrName: string, principal: Principal): Promise<Communication> {
    const key = parseIdOrName(idOrName);
    const scope = scopeOf(principal);
    if ('id' in key) {
      const row = await this.communications.findById(key.id, scope);
      if (row) return row;
    } else {
      const rows = await this.communications.findByNameKey(nameKeyOf(key.name), scope);
      if (rows.length > 1)
        throw conflict(
          COMMUNICATIONS_ERRORS.COMMUNICATION_NAME_AMBIGUOUS,
          `Several communications are named «${key.name}» (one per recipient of a mailing): use the id, GET /api/v1/communications?name=…, or GET /api/v1/mailings/${encodeURIComponent(key.name)}`,
        );
      if (rows.length === 1) return rows[0];
    }
    throw notFound(COMMUNICATIONS_ERRORS.COMMUNICATION_NOT_FOUND, `Communication ${idOrName} does not exist`);
  }

  /** DELETE: a scheduled communication is cancelled; one already sent (or skipped) stays as history (409). */
  async cancel(idOrName: string, actor: Principal): Promise<void> {
    await retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const row = await this.find(idOrName, actor);
          this.assertWithin(await this.authority.changeableDepartment(actor), row);
          if (row.status === 'cancelled') return;
          communicationProcess.assertAllowed(row.status, 'cancelled', row.id);
          const now = this.clock.now();
          const updated = await this.communications.update(row, { status: 'cancelled', dueAt: null, statusChangedAt: now, updatedAt: now });
          await this.record(row, updated, actor);
        }),
      undefined,
      `Communication ${idOrName}`,
    );
  }

  /** A new status for one communication (staff within their department; a subscriber for their own: read, responded). */
  async updateStatus(
    idOrName: string,
    input: StatusUpdateDto,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<CommunicationView>> {
    if (actor.kind === 'customer' && !SELF_REPORTED.includes(input.status)) {
      throw forbidden(
        COMMUNICATIONS_ERRORS.STATUS_NOT_SELF_REPORTABLE,
        `A subscriber reports only ${SELF_REPORTED.join(' and ')} of their own communications`,
      );
    }
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const row = await this.find(idOrName, actor);
          assertVersion(expectedVersion, row.version, `Communication ${row.id}`);
          if (actor.kind !== 'customer') this.assertWithin(await this.statusDepartment(actor), row);
          const updated = await this.report(row, input, actor);
          return new Versioned(toCommunicationView(updated), updated.version);
        }),
      expectedVersion,
      `Communication ${idOrName}`,
    );
  }

  /**
   * Applies a reported status to a loaded communication, inside the caller's transaction: a status
   * already behind it changes nothing; one the process does not allow is 409 INVALID_STATE_TRANSITION.
   */
  async report(row: Communication, input: StatusReport, actor: Principal): Promise<Communication> {
    // Answers sent again (corrected) replace the stored ones.
    const reanswering = row.status === 'responded' && input.status === 'responded' && input.answers !== undefined;
    if (!reanswering && isBehind(row.status, input.status)) return row;
    if (!reanswering) communicationProcess.assertAllowed(row.status, input.status, row.id);
    const updated = await this.communications.update(row, reportedColumns(input, this.clock.now()));
    await this.record(row, updated, actor, input.reason);
    return updated;
  }

  /** Moves every selected communication whose status leads there; the others stay as they are. */
  async updateStatuses(input: BulkStatusUpdateDto, actor: Principal): Promise<BulkStatusUpdateView> {
    const selection = await this.selectionOf(input, actor);
    const to = input.status as CommunicationStatus;
    const from = communicationProcess.sourcesOf(to);
    const selected = Object.values(await this.communications.countByStatus(selection)).reduce((sum, n) => sum + n, 0);
    let updated = 0;
    for (let afterId = 0; ;) {
      const ids = await this.communications.idsSelected(selection, from, afterId, BULK_PAGE);
      if (!ids.length) break;
      afterId = ids[ids.length - 1];
      updated += await this.db.transaction(async () => {
        const moved = await this.communications.moveStatus(ids, from, reportedColumns(input, this.clock.now()));
        if (!moved.length) return 0;
        const rows = new Map((await this.communications.findByIds(moved.map((m) => m.id))).map((row) => [row.id, row]));
        await this.transitions.recordMany(
          communicationProcess,
          moved.map((m) => ({
            resourceId: m.id,
            from: m.from,
            to,
            reason: input.reason,
            resource: communicationSnapshot(rows.get(m.id)!),
          })),
          actor,
        );
        await this.audit.record({
          actor,
          action: 'status-update',
          resourceType: 'communication',
          resourceId: describe(selection),
          after: { status: to, communicationIds: moved.map((m) => m.id) },
        });
        return moved.length;
      });
    }
    return { status: to, updated, unchanged: Math.max(0, selected - updated) };
  }

  /** The selection named (exactly one way), narrowed to the actor's department unless they administer communications. */
  private async selectionOf(input: BulkStatusUpdateDto, actor: Principal): Promise<CommunicationSelection> {
    const given = (['all', 'communicationIds', 'departmentId', 'clientIds', 'groupId', 'mailingId'] as const).filter(
      (key) => input[key] !== undefined && input[key] !== false,
    );
    if (given.length !== 1) {
      throw invalid(
        COMMUNICATIONS_ERRORS.SELECTION_REQUIRED,
        'Select the communications in exactly one way: all, communicationIds, departmentId, clientIds, groupId or mailingId',
        [{ field: 'all', message: `exactly one selection is required (got ${given.length ? given.join(', ') : 'none'})` }],
      );
    }
    if (input.departmentId !== undefined && !(await this.departments.findById(input.departmentId))) {
      throw unprocessable(COMMUNICATIONS_ERRORS.DEPARTMENT_NOT_FOUND, `Department ${input.departmentId} does not exist`, [
        { field: 'departmentId', message: 'must name an existing department' },
      ]);
    }
    if (input.groupId !== undefined && !(await this.groups.findById(input.groupId))) {
      throw unprocessable(COMMUNICATIONS_ERRORS.CLIENT_GROUP_NOT_FOUND, `Client group ${input.groupId} does not exist`, [
        { field: 'groupId', message: 'must name an existing client group' },
      ]);
    }
    const own = await this.statusDepartment(actor);
    if (own !== null && input.departmentId !== undefined && input.departmentId !== own) {
      throw forbidden(
        COMMUNICATIONS_ERRORS.FOREIGN_DEPARTMENT,
        `You update your own department’s communications (${own}), not department ${input.departmentId}`,
      );
    }
    return {
      ids: input.communicationIds,
      clientIds: input.clientIds,
      groupId: input.groupId,
      mailingId: input.mailingId,
      departmentId: own ?? input.departmentId,
    };
  }

  /** An employee changes their department's communications; administrators and front systems (no employee) any. */
  private async statusDepartment(actor: Principal): Promise<number | null> {
    if (this.authority.administers(actor)) return null;
    return (await this.authority.employeeDepartment(actor)) ?? null;
  }

  /** A communication of another department than `own` (null: any) is not the actor's to change. */
  private assertWithin(own: number | null, row: Communication): void {
    if (own !== null && row.departmentId !== own) {
      throw forbidden(
        COMMUNICATIONS_ERRORS.FOREIGN_DEPARTMENT,
        `Communication ${row.id} belongs to ${row.departmentId === null ? 'no department' : `department ${row.departmentId}`}; you change your own department’s communications`,
      );
    }
  }

  /** The move in the process's history; its state change event and audit entry through the ChangeRecorder. */
  private async record(before: Communication, after: Communication, actor: Principal, reason?: string): Promise<void> {
    await this.transitions.record(
      communicationProcess,
      { resourceId: after.id, from: before.status, to: after.status, reason, resource: null },
      actor,
      { event: false },
    );
    await this.changes.record({
      resource: 'Communication',
      resourceType: 'communication',
      resourceId: after.id,
      actor,
      before: communicationSnapshot(before),
      after: communicationSnapshot(after),
    });
  }
}

/** How a bulk update's selection shows in the audit trail. */
function describe(selection: CommunicationSelection): string {
  if (selection.mailingId !== undefined) return `mailing:${selection.mailingId}`;
  if (selection.groupId !== undefined) return `group:${selection.groupId}`;
  if (selection.clientIds) return `clients:${selection.clientIds.slice(0, 5).join(',')}${selection.clientIds.length > 5 ? ',…' : ''}`;
  if (selection.ids) return `communications:${selection.ids.slice(0, 5).join(',')}${selection.ids.length > 5 ? ',…' : ''}`;
  if (selection.departmentId !== undefined) return `department:${selection.departmentId}`;
  return 'all';
}
