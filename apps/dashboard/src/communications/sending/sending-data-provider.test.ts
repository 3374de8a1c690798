import type { DataProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { withSending } from './sending-data-provider';

/** A base provider that records what it was asked and answers with the given items. */
function recording(items: Record<string, unknown>[]) {
  const asked: { method: string; name: string; params: unknown }[] = [];
  const answer = (method: string) => async (name: string, params: unknown) => {
    asked.push({ method, name, params });
    return method === 'getOne' ? { data: items[0] } : { data: items, total: items.length };
  };
  const base = {
    getList: answer('getList'),
    getManyReference: answer('getManyReference'),
    getOne: answer('getOne'),
    getMany: answer('getMany'),
  } as unknown as DataProvider;
  return { base, asked };
}

describe('withSending', () => {
  it('gives communications, mailings, groups and clients the id react-admin needs, and sorts by their own id', async () => {
    const { base, asked } = recording([{ communicationId: 101, status: 'sent' }]);
    const provider = withSending(base);
    const page = await provider.getList('communications', {
      pagination: { page: 1, perPage: 20 },
      sort: { field: 'id', order: 'DESC' },
      filter: { status: 'sent' },
    });
    expect(page.data).toEqual([{ id: 101, communicationId: 101, status: 'sent' }]);
    expect(asked[0].params).toMatchObject({ sort: { field: 'communicationId', order: 'DESC' }, filter: { status: 'sent' } });

    expect((await withSending(recording([{ mailingId: 12 }]).base).getOne('mailings', { id: 12 })).data).toEqual({ id: 12, mailingId: 12 });
    expect((await withSending(recording([{ groupId: 7 }]).base).getMany('client_groups', { ids: [7] })).data).toEqual([
      { id: 7, groupId: 7 },
    ]);
    const byMailing = await withSending(recording([{ communicationId: 5 }]).base).getManyReference('communications', {
      target: 'mailingId',
      id: 12,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(byMailing.data).toEqual([{ id: 5, communicationId: 5 }]);
  });

  it('leaves other resources to the provider it wraps', async () => {
    const { base } = recording([{ id: 3, username: 'maria' }]);
    expect(
      (await withSending(base).getList('users', { pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: {} }))
        .data,
    ).toEqual([{ id: 3, username: 'maria' }]);
  });
});
