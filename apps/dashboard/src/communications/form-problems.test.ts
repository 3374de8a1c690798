import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { deleteRefusalOf, formErrorsOf, formFieldOf, formPath } from './form-problems';

describe('formPath', () => {
  it('writes list positions with dots, as forms name their inputs', () => {
    expect(formPath('allowed[0].sendChannelTypeId')).toBe('allowed.0.sendChannelTypeId');
    expect(formPath('frequencyCaps.1.maxCount')).toBe('frequencyCaps.1.maxCount');
  });
});

describe('formFieldOf', () => {
  it('follows the names the forms give some attributes', () => {
    expect(formFieldOf('employees', 'role')).toBe('roleName');
    expect(formFieldOf('bookings', 'status.name')).toBe('statusId');
    expect(formFieldOf('rules', 'channelPreference[2]')).toBe('channelPreference.2.sendChannelTypeId');
    expect(formFieldOf('rules', 'allowed.3.sendChannelTypeId')).toBe('allowed');
    expect(formFieldOf('companies', 'name')).toBe('name');
  });
});

describe('formErrorsOf', () => {
  it('puts the fields of a 400 or 422 next to their inputs', () => {
    const error = new ApiError('Invalid', 422, 'SEND_CHANNEL_TYPE_NOT_FOUND', undefined, [
      { field: 'frequencyCaps[1].sendChannelTypeId', message: 'channel 99 does not exist' },
      { field: 'frequencyCaps[1].sendChannelTypeId', message: 'is required' },
      { field: 'allowed[0].communicationTypeId', message: 'communication type 42 does not exist' },
    ]);
    expect(formErrorsOf('rules', 'create', error)).toEqual({
      'frequencyCaps.1.sendChannelTypeId': 'channel 99 does not exist; is required',
      allowed: 'communication type 42 does not exist',
    });
  });

  it('says a taken name next to the name, in plain words', () => {
    const error = new ApiError('A communication type named «Опрос» already exists', 409, 'COMMUNICATION_TYPE_NAME_TAKEN');
    expect(formErrorsOf('communication_types', 'update', error)).toEqual({
      name: 'Another communication type already has this name (upper and lower case count as the same)',
    });
  });

  it('says an existing block next to the channel', () => {
    const error = new ApiError('Channel 1 is already blocked for client 2', 409, 'CHANNEL_ALREADY_BLOCKED');
    expect(formErrorsOf('channel_blocks', 'create', error)).toHaveProperty('sendChannelTypeId');
  });

  it('names the holder of a booked client next to the clients on create only', () => {
    const error = new ApiError('Client 5 is booked by the department «Маркетинг» until 2030-01-01', 409, 'CLIENT_BOOKED');
    expect(formErrorsOf('bookings', 'create', error)).toEqual({
      clientIds: 'Booked by another department: Client 5 is booked by the department «Маркетинг» until 2030-01-01',
    });
    expect(formErrorsOf('bookings', 'update', error)).toBeUndefined();
  });

  it('leaves other failures to a notification', () => {
    expect(formErrorsOf('companies', 'update', new ApiError('stale', 412, 'VERSION_MISMATCH'))).toBeUndefined();
    expect(formErrorsOf('companies', 'create', new ApiError('Invalid', 400, 'VALIDATION_FAILED'))).toBeUndefined();
    expect(formErrorsOf('companies', 'create', new Error('offline'))).toBeUndefined();
  });
});

describe('deleteRefusalOf', () => {
  it('explains a record in use and what to do instead', () => {
    const error = new ApiError(
      'Channel «SMS» is still used by 2 rule(s), 1 channel block(s); nothing was deleted',
      409,
      'SEND_CHANNEL_TYPE_IN_USE',
    );
    expect(deleteRefusalOf('send_channel_types', error)).toBe(
      'Channel «SMS» is still used by 2 rule(s), 1 channel block(s), so it was not deleted. Disable the channel instead: nothing new is sent on it, and its rules, blocks and history stay.',
    );
  });

  it('leaves other failures as the server said them', () => {
    expect(deleteRefusalOf('companies', new ApiError('Company 9 does not exist', 404, 'COMPANY_NOT_FOUND'))).toBeUndefined();
  });
});
