import { describe, expect, it } from 'vitest';
import { changedFields } from '../admin/changed-fields';
import {
  bookingShape,
  channelBlockShape,
  clientGroupShape,
  employeeShape,
  preferenceIds,
  quietHoursBody,
  ruleShape,
  shapeOf,
} from './record-shapes';

describe('shapeOf', () => {
  it('gives a record the id react-admin needs and lifts nested reference ids', () => {
    const shape = shapeOf('departmentId', { flatten: { company: 'companyId' } });
    const record = shape.toRecord({ departmentId: 3, name: 'Маркетинг', company: { companyId: 1, name: 'Contactly Telecom' } });
    expect(record).toMatchObject({ id: 3, departmentId: 3, companyId: 1, name: 'Маркетинг' });
    expect(shape.idKey).toBe('departmentId');
  });

  it('lifts a missing reference as null', () => {
    expect(
      shapeOf('bookingId', { flatten: { department: 'departmentId' } }).toRecord({ bookingId: 4, department: null }).departmentId,
    ).toBeNull();
  });
});

describe('employeeShape', () => {
  const read = employeeShape.toRecord({
    employeeId: 7,
    department: { departmentId: 3 },
    role: { roleId: 4, name: 'marketer' },
    position: 'Маркетолог',
    version: 2,
  });

  it('edits the role by name and writes it as `role`', () => {
    expect(read).toMatchObject({ id: 7, departmentId: 3, roleName: 'marketer' });
    const patch = changedFields(employeeShape.toBody(read), employeeShape.toBody({ ...read, roleName: 'agent' }));
    expect(patch).toEqual({ role: 'agent' });
  });

  it('sends nothing about the role when it did not change', () => {
    expect(changedFields(employeeShape.toBody(read), employeeShape.toBody({ ...read, position: 'Старший маркетолог' }))).toEqual({
      position: 'Старший маркетолог',
    });
  });

  it('creates with the role name', () => {
    expect(employeeShape.toBody({ departmentId: 3, roleName: 'marketer', username: 'olga' })).toEqual({
      departmentId: 3,
      role: 'marketer',
      username: 'olga',
    });
  });
});

describe('ruleShape', () => {
  const read = ruleShape.toRecord({
    ruleId: 2,
    department: { departmentId: 3 },
    quietHours: null,
    channelPreference: [3, 1],
    allowed: [{ communicationTypeId: 1, sendChannelTypeId: 1 }],
    version: 1,
  });

  it('edits the channel preference as a list of items and writes ids', () => {
    expect(read.channelPreference).toEqual([{ sendChannelTypeId: 3 }, { sendChannelTypeId: 1 }]);
    const patch = changedFields(
      ruleShape.toBody(read),
      ruleShape.toBody({ ...read, channelPreference: [{ sendChannelTypeId: 1 }, { sendChannelTypeId: 3 }] }),
    );
    expect(patch).toEqual({ channelPreference: [1, 3] });
  });

  it('sends quiet hours only when they changed, and none as null', () => {
    expect(changedFields(ruleShape.toBody(read), ruleShape.toBody({ ...read, quietHours: { start: null, end: null } }))).toEqual({});
    expect(changedFields(ruleShape.toBody(read), ruleShape.toBody({ ...read, quietHours: { start: '21:00', end: '09:00' } }))).toEqual({
      quietHours: { start: '21:00', end: '09:00' },
    });
  });

  it('leaves out what a create form does not have', () => {
    expect(ruleShape.toBody({ departmentId: 3, name: 'Основное' })).toEqual({ departmentId: 3, name: 'Основное' });
  });
});

describe('quietHoursBody', () => {
  it('is null when both times are empty, and passes one alone to the server to name the other', () => {
    expect(quietHoursBody(undefined)).toBeNull();
    expect(quietHoursBody({ start: '', end: null })).toBeNull();
    expect(quietHoursBody({ start: '22:00', end: null })).toEqual({ start: '22:00', end: '' });
  });
});

describe('preferenceIds', () => {
  it('drops items without a channel', () => {
    expect(preferenceIds([{ sendChannelTypeId: 2 }, null, { sendChannelTypeId: null }, {}])).toEqual([2]);
  });
});

describe('bookingShape', () => {
  const read = bookingShape.toRecord({
    bookingId: 4,
    department: { departmentId: 3 },
    status: { bookingStatusTypeId: 1, name: 'Забронирован' },
    beforeDate: '2030-01-01T00:00:00.000+00:00',
    version: 3,
  });

  it('edits the status by id and writes it as a status reference', () => {
    expect(read).toMatchObject({ id: 4, statusId: 1, departmentId: 3 });
    expect(changedFields(bookingShape.toBody(read), bookingShape.toBody({ ...read, statusId: 2 }))).toEqual({
      status: { bookingStatusTypeId: 2 },
    });
  });

  it('adds and removes clients only when some are named', () => {
    expect(changedFields(bookingShape.toBody(read), bookingShape.toBody({ ...read, addClientIds: [], removeClientIds: null }))).toEqual({});
    expect(changedFields(bookingShape.toBody(read), bookingShape.toBody({ ...read, addClientIds: [5, '6'] }))).toEqual({
      addClientIds: [5, 6],
    });
  });
});

describe('channelBlockShape', () => {
  it('makes a permanent block one without an end', () => {
    expect(
      channelBlockShape.toBody({
        clientId: 2,
        sendChannelTypeId: 1,
        permanent: true,
        until: '2030-01-01T00:00:00.000Z',
        reason: 'Просил не писать',
      }),
    ).toEqual({
      clientId: 2,
      sendChannelTypeId: 1,
      until: null,
      reason: 'Просил не писать',
    });
  });

  it('turns a permanent block into a temporary one with its new end', () => {
    const read = channelBlockShape.toRecord({ channelBlockId: 3, until: null, permanent: true, reason: 'x', version: 1 });
    expect(
      changedFields(
        channelBlockShape.toBody(read),
        channelBlockShape.toBody({ ...read, permanent: false, until: '2030-01-01T00:00:00.000Z' }),
      ),
    ).toEqual({ until: '2030-01-01T00:00:00.000Z' });
  });
});

describe('clientGroupShape', () => {
  const read = clientGroupShape.toRecord({ groupId: 7, name: 'VIP', description: null, clientCount: 2, version: 1 });

  it('names the record by its group id', () => {
    expect(read).toMatchObject({ id: 7, groupId: 7 });
  });

  it('changes the name, and the members only by the clients named to add or take out', () => {
    expect(changedFields(clientGroupShape.toBody(read), clientGroupShape.toBody({ ...read, name: 'VIP+', addClientIds: [] }))).toEqual({
      name: 'VIP+',
    });
    expect(
      changedFields(clientGroupShape.toBody(read), clientGroupShape.toBody({ ...read, addClientIds: [3, '4'], removeClientIds: [5] })),
    ).toEqual({ addClientIds: [3, 4], removeClientIds: [5] });
  });
});
