import type { CommunicationType, SendChannelType, TypeChannel } from '../api-types';

/**
 * What the signed-in person may send, as far as the API tells: an administrator of communications
 * sends any type on any channel for any department; an employee sends the pairs their role permits,
 * for their own department; anyone else is refused by the API (403).
 */
export type SenderScope =
  | { kind: 'administrator'; ownDepartmentId: number | null }
  | { kind: 'employee'; departmentId: number; departmentName: string; roleName: string | null; pairs: readonly TypeChannel[] }
  | { kind: 'not-an-employee' }
  /** The role's permissions could not be read: everything is offered and the server decides. */
  | { kind: 'unknown' };

const permits = (scope: SenderScope, typeId: number, channelId: number) =>
  scope.kind !== 'employee' || scope.pairs.some((pair) => pair.communicationTypeId === typeId && pair.sendChannelTypeId === channelId);

/** The types the sender may send on at least one channel. */
export const allowedTypes = <T extends Pick<CommunicationType, 'communicationTypeId'>>(scope: SenderScope, types: readonly T[]): T[] =>
  scope.kind === 'employee'
    ? types.filter((type) => scope.pairs.some((pair) => pair.communicationTypeId === type.communicationTypeId))
    : [...types];

/** The enabled channels the sender may send this type on (every enabled one before a type is chosen, as far as any type allows). */
export function allowedChannels<C extends Pick<SendChannelType, 'sendChannelTypeId' | 'enabled'>>(
  scope: SenderScope,
  channels: readonly C[],
  typeId: number | '',
): C[] {
  return channels.filter(
    (channel) =>
      channel.enabled &&
      (typeId === ''
        ? scope.kind !== 'employee' || scope.pairs.some((pair) => pair.sendChannelTypeId === channel.sendChannelTypeId)
        : permits(scope, typeId, channel.sendChannelTypeId)),
  );
}

/** Why this person cannot send at all, in plain words; undefined when they can (or it is not known). */
export function sendingRefusal(scope: SenderScope): string | undefined {
  if (scope.kind === 'not-an-employee')
    return 'You are no department’s employee, and only employees (or administrators of communications) send communications. Ask an administrator to add you as an employee.';
  if (scope.kind === 'employee' && scope.roleName === null)
    return 'Your employee record has no role, so you may not send any type on any channel. Ask an administrator to give you a role.';
  if (scope.kind === 'employee' && scope.pairs.length === 0)
    return `Your role (${scope.roleName}) may not send any communication type on any channel. Ask an administrator to allow some in the role’s communication permissions.`;
  return undefined;
}

/** The department a send goes out for: the one chosen, else the sender's own (the server's default). */
export const departmentOf = (scope: SenderScope, chosen: number | ''): number | '' =>
  chosen !== ''
    ? chosen
    : scope.kind === 'employee'
      ? scope.departmentId
      : scope.kind === 'administrator'
        ? (scope.ownDepartmentId ?? '')
        : '';
