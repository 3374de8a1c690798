import type { DataProvider, RaRecord, SortPayload } from 'react-admin';
import { type RecordShape, shapeOf } from '../record-shapes';

/**
 * The sending screens' resources and the attribute that holds each one's id: react-admin wants
 * `id`, the API names ids after the resource. Clients and groups are only read (names in lists,
 * pickers).
 */
export const SENDING_RESOURCES: Readonly<Record<string, RecordShape>> = {
  communications: shapeOf('communicationId'),
  mailings: shapeOf('mailingId'),
  client_groups: shapeOf('groupId'),
  clients: shapeOf('clientId'),
};

const shapeFor = (name: string): RecordShape | undefined => (Object.hasOwn(SENDING_RESOURCES, name) ? SENDING_RESOURCES[name] : undefined);

const sortOf = (shape: RecordShape, sort: SortPayload | undefined): SortPayload | undefined =>
  sort && sort.field === 'id' ? { ...sort, field: shape.idKey } : sort;

const recorded = <R extends RaRecord>(shape: RecordShape, items: readonly RaRecord[]): R[] =>
  items.map((item) => shape.toRecord(item) as R);

/**
 * The data provider with the sending resources' ids (SENDING_RESOURCES); every other resource goes
 * straight to the data provider it wraps. They are read and cancelled here; a send and a status
 * update have their own calls (sending-api).
 */
export function withSending(base: DataProvider): DataProvider {
  return {
    ...base,
    getList: async (name, params) => {
      const shape = shapeFor(name);
      if (!shape) return base.getList(name, params);
      const result = await base.getList(name, { ...params, sort: sortOf(shape, params.sort) });
      return { ...result, data: recorded(shape, result.data) };
    },
    getManyReference: async (name, params) => {
      const shape = shapeFor(name);
      if (!shape) return base.getManyReference(name, params);
      const result = await base.getManyReference(name, { ...params, sort: sortOf(shape, params.sort) ?? params.sort });
      return { ...result, data: recorded(shape, result.data) };
    },
    getOne: async (name, params) => {
      const shape = shapeFor(name);
      const result = await base.getOne(name, params);
      return shape ? { ...result, data: shape.toRecord(result.data) as typeof result.data } : result;
    },
    getMany: async (name, params) => {
      const shape = shapeFor(name);
      const result = await base.getMany(name, params);
      return shape ? { ...result, data: recorded(shape, result.data) } : result;
    },
  };
}
