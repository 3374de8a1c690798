/**
 * How a communications record looks in a react-admin form, and back. The API names ids after the
 * resource (`companyId`, `ruleId`) and nests references (`department: {departmentId, name}`),
 * while react-admin wants `id` and forms edit flat ids; a few attributes take another shape in a
 * form (a rule's channel preference is a list of objects so that a list input can edit it).
 *
 * `toBody` is applied to both the edited values and the record as read, so the data provider's
 * merge patch (the attributes that differ) compares like with like.
 */
export type Values = Record<string, unknown>;

export interface RecordShape {
  /** The attribute that holds the record's id (`companyId`); react-admin's `id` and sort by `id` mean it. */
  idKey: string;
  /** An item the API answered, as the record a form edits (with `id`). */
  toRecord(item: Values): Values;
  /** A form's values as the attributes the API takes. */
  toBody(values: Values): Values;
}

const refId = (ref: unknown, key: string): unknown => (ref !== null && typeof ref === 'object' ? (ref as Values)[key] : null);

const without = (values: Values, ...keys: string[]): Values =>
  Object.fromEntries(Object.entries(values).filter(([key]) => !keys.includes(key)));

/** A shape that only adds `id`; `flatten` lifts a nested reference's id to the top (department → departmentId). */
export function shapeOf(idKey: string, more: Partial<Omit<RecordShape, 'idKey'>> & { flatten?: Record<string, string> } = {}): RecordShape {
  const flatten = Object.entries(more.flatten ?? {});
  return {
    idKey,
    toRecord: (item) => {
      const record: Values = { ...item, id: item[idKey] };
      for (const [reference, key] of flatten) record[key] = refId(item[reference], key);
      return more.toRecord ? more.toRecord(record) : record;
    },
    toBody: (values) => (more.toBody ? more.toBody(values) : values),
  };
}

const blank = (value: unknown) => value === undefined || value === null || value === '';

/** Quiet hours: both times or none (null); one alone goes to the server, which names the missing one. */
export function quietHoursBody(quiet: unknown): { start: string; end: string } | null {
  const { start, end } = (quiet ?? {}) as { start?: string | null; end?: string | null };
  if (blank(start) && blank(end)) return null;
  return { start: start ?? '', end: end ?? '' };
}

/** A rule's channel preference: ids in the API, `{sendChannelTypeId}` items in the form's list input. */
export const preferenceItems = (ids: unknown): { sendChannelTypeId: number }[] =>
  Array.isArray(ids) ? ids.map((id) => ({ sendChannelTypeId: Number(id) })) : [];

export const preferenceIds = (items: unknown): number[] =>
  Array.isArray(items)
    ? items.map((item) => Number((item as Values | null)?.sendChannelTypeId)).filter((id) => Number.isInteger(id) && id > 0)
    : [];

export const ruleShape = shapeOf('ruleId', {
  flatten: { department: 'departmentId' },
  toRecord: (record) => ({ ...record, channelPreference: preferenceItems(record.channelPreference) }),
  toBody: (values) => ({
    ...values,
    ...('quietHours' in values ? { quietHours: quietHoursBody(values.quietHours) } : {}),
    ...('channelPreference' in values ? { channelPreference: preferenceIds(values.channelPreference) } : {}),
  }),
});

/** An employee's role is an object when read and a name when written. */
export const employeeShape = shapeOf('employeeId', {
  flatten: { department: 'departmentId' },
  toRecord: (record) => ({ ...record, roleName: refId(record.role, 'name') }),
  toBody: (values) => ('roleName' in values ? { ...without(values, 'roleName'), role: values.roleName } : values),
});

const ids = (value: unknown): number[] => (Array.isArray(value) ? value.map(Number).filter((id) => Number.isInteger(id) && id > 0) : []);

/** Members change by adding and removing ids; empty lists change nothing, so they are left out. */
function memberChanges(values: Values): Values {
  const body = without(values, 'addClientIds', 'removeClientIds');
  for (const key of ['addClientIds', 'removeClientIds']) if (ids(values[key]).length) body[key] = ids(values[key]);
  return body;
}

/** A saved client group: its clients change by adding and removing ids, as a booking's. */
export const clientGroupShape = shapeOf('groupId', { toBody: memberChanges });

/** A booking's status is an object when read and `{bookingStatusTypeId}` when written; clients change by adding and removing ids. */
export const bookingShape = shapeOf('bookingId', {
  flatten: { department: 'departmentId' },
  toRecord: (record) => ({ ...record, statusId: refId(record.status, 'bookingStatusTypeId') }),
  toBody: (values) => {
    const body = memberChanges(without(values, 'statusId'));
    if (!blank(values.statusId)) body.status = { bookingStatusTypeId: Number(values.statusId) };
    return body;
  },
});

/** A block is permanent (until null) or temporary (until a date); the form says which with `permanent`. */
export const channelBlockShape = shapeOf('channelBlockId', {
  toBody: (values) => {
    if (!('permanent' in values)) return values;
    return { ...without(values, 'permanent'), until: values.permanent ? null : (values.until ?? null) };
  },
});
