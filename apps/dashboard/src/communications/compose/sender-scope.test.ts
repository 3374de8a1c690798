import { describe, expect, it } from 'vitest';
import { allowedChannels, allowedTypes, departmentOf, type SenderScope, sendingRefusal } from './sender-scope';

const types = [1, 2, 4].map((communicationTypeId) => ({ communicationTypeId }));
const channels = [
  { sendChannelTypeId: 1, enabled: true },
  { sendChannelTypeId: 2, enabled: false },
  { sendChannelTypeId: 3, enabled: true },
  { sendChannelTypeId: 4, enabled: true },
];
const employee = (pairs: [number, number][], roleName: string | null = 'agent'): SenderScope => ({
  kind: 'employee',
  departmentId: 3,
  departmentName: 'Клиентский сервис',
  roleName,
  pairs: pairs.map(([communicationTypeId, sendChannelTypeId]) => ({ communicationTypeId, sendChannelTypeId })),
});
const ids = (list: { sendChannelTypeId: number }[]) => list.map((c) => c.sendChannelTypeId);

describe('what a sender may pick', () => {
  it('offers an administrator every type and every enabled channel', () => {
    const admin: SenderScope = { kind: 'administrator', ownDepartmentId: null };
    expect(allowedTypes(admin, types)).toEqual(types);
    expect(ids(allowedChannels(admin, channels, 4))).toEqual([1, 3, 4]);
  });

  it('offers an employee only the types and channels their role permits', () => {
    const agent = employee([
      [2, 1],
      [2, 3],
      [4, 3],
      [4, 2],
    ]);
    expect(allowedTypes(agent, types).map((t) => t.communicationTypeId)).toEqual([2, 4]);
    expect(ids(allowedChannels(agent, channels, 2))).toEqual([1, 3]);
    // Messenger is permitted for type 4, but disabled for everyone.
    expect(ids(allowedChannels(agent, channels, 4))).toEqual([3]);
    expect(ids(allowedChannels(agent, channels, ''))).toEqual([1, 3]);
    expect(ids(allowedChannels(agent, channels, 1))).toEqual([]);
  });

  it('offers everything enabled when the role could not be read, and lets the server decide', () => {
    expect(ids(allowedChannels({ kind: 'unknown' }, channels, 1))).toEqual([1, 3, 4]);
  });
});

describe('sendingRefusal', () => {
  it('says in plain words why someone cannot send at all', () => {
    expect(sendingRefusal({ kind: 'not-an-employee' })).toMatch(/no department’s employee/);
    expect(sendingRefusal(employee([], null))).toMatch(/has no role/);
    expect(sendingRefusal(employee([], 'agent'))).toMatch(/Your role \(agent\) may not send any communication type/);
    expect(sendingRefusal(employee([[2, 1]]))).toBeUndefined();
    expect(sendingRefusal({ kind: 'administrator', ownDepartmentId: 3 })).toBeUndefined();
  });
});

describe('departmentOf', () => {
  it('is the chosen department, else the sender’s own', () => {
    expect(departmentOf(employee([[2, 1]]), '')).toBe(3);
    expect(departmentOf({ kind: 'administrator', ownDepartmentId: null }, '')).toBe('');
    expect(departmentOf({ kind: 'administrator', ownDepartmentId: 5 }, '')).toBe(5);
    expect(departmentOf({ kind: 'administrator', ownDepartmentId: 5 }, 8)).toBe(8);
  });
});
