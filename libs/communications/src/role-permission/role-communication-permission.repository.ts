import { Injectable } from '@nestjs/common';
import { Database, replaceChildRows } from '@contactly/platform';
import { RoleCommunicationPermission } from './role-communication-permission.entity.js';

export interface TypeChannel {
  communicationTypeId: number;
  sendChannelTypeId: number;
}

@Injectable()
export class RoleCommunicationPermissionRepository {
  constructor(private readonly db: Database) {}

  private get rows() {
    return this.db.repository(RoleCommunicationPermission);
  }

  async ofRole(roleId: number): Promise<TypeChannel[]> {
    const rows = await this.rows.find({ where: { roleId }, order: { communicationTypeId: 'ASC', sendChannelTypeId: 'ASC' } });
    return rows.map(({ communicationTypeId, sendChannelTypeId }) => ({ communicationTypeId, sendChannelTypeId }));
  }

  async replace(roleId: number, pairs: TypeChannel[]): Promise<void> {
    await replaceChildRows(
      this.rows,
      { roleId },
      pairs.map((pair) => ({ roleId, ...pair })),
    );
  }

  /** Whether holders of the role may send the type on the channel (for the sending checks). */
  async allows(roleId: number, pair: TypeChannel): Promise<boolean> {
    return (await this.rows.countBy({ roleId, ...pair })) > 0;
  }
}
