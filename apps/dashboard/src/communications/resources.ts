import { bookingListFilter } from './bookings/booking-filters';
import { bookingShape, channelBlockShape, clientGroupShape, employeeShape, type RecordShape, ruleShape, shapeOf } from './record-shapes';

export interface CommunicationsResource {
  /** What one record is called in messages ("company", "channel"). */
  label: string;
  shape: RecordShape;
  /**
   * The attributes a list asks for (`fields`): the catalogs answer the requirement document's
   * three keys unless asked for more, and the admin lists need the version and the rest.
   */
  listFields?: readonly string[];
  /** What to do instead, when a delete is refused because the record is still in use. */
  inUseAdvice?: string;
  /** The list's filter form values as the API's filters, where they differ. */
  listFilter?(filter: Record<string, unknown>, now: Date): Record<string, unknown>;
}

/**
 * The communications platform's resources, by their react-admin name, which is also their path
 * under /api/v1 (the requirement document's snake_case paths included).
 */
export const COMMUNICATIONS_RESOURCES: Readonly<Record<string, CommunicationsResource>> = {
  companies: {
    label: 'company',
    shape: shapeOf('companyId'),
    inUseAdvice: 'Delete its departments or move them to another company first.',
  },
  departments: {
    label: 'department',
    shape: shapeOf('departmentId', { flatten: { company: 'companyId' } }),
    inUseAdvice: 'Move its employees to another department and delete its bookings first.',
  },
  employees: { label: 'employee', shape: employeeShape },
  communication_types: {
    label: 'communication type',
    shape: shapeOf('communicationTypeId'),
    listFields: ['communicationTypeId', 'name', 'description', 'version', 'createTime', 'updateTime'],
    inUseAdvice: 'Take it out of those rules, role permissions and bookings first.',
  },
  send_channel_types: {
    label: 'channel',
    shape: shapeOf('sendChannelTypeId'),
    listFields: ['sendChannelTypeId', 'name', 'description', 'kind', 'enabled', 'version', 'createTime', 'updateTime'],
    inUseAdvice: 'Disable the channel instead: nothing new is sent on it, and its rules, blocks and history stay.',
  },
  booking_status_types: {
    label: 'booking status',
    shape: shapeOf('bookingStatusTypeId'),
    listFields: ['bookingStatusTypeId', 'name', 'description', 'holdsClient', 'version', 'createTime', 'updateTime'],
    inUseAdvice: 'Move its bookings to another status first.',
  },
  documents: { label: 'document', shape: shapeOf('documentId'), inUseAdvice: 'Change or delete the bookings that use it first.' },
  rules: { label: 'rule', shape: ruleShape },
  bookings: { label: 'booking', shape: bookingShape, listFilter: bookingListFilter },
  channel_blocks: { label: 'channel block', shape: channelBlockShape },
  client_groups: { label: 'client group', shape: clientGroupShape },
};

export const communicationsResource = (name: string): CommunicationsResource | undefined =>
  Object.hasOwn(COMMUNICATIONS_RESOURCES, name) ? COMMUNICATIONS_RESOURCES[name] : undefined;
