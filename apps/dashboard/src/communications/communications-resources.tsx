import { Resource } from 'react-admin';
import { BookingCreate } from './bookings/booking-create';
import { BookingEdit } from './bookings/booking-edit';
import { BookingList } from './bookings/booking-list';
import { ChannelBlockCreate } from './channel-blocks/channel-block-create';
import { ChannelBlockEdit } from './channel-blocks/channel-block-edit';
import { ChannelBlockList } from './channel-blocks/channel-block-list';
import { CommunicationTypeCreate } from './communication-types/communication-type-create';
import { CommunicationTypeEdit } from './communication-types/communication-type-edit';
import { CommunicationTypeList } from './communication-types/communication-type-list';
import { CompanyCreate } from './companies/company-create';
import { CompanyEdit } from './companies/company-edit';
import { CompanyList } from './companies/company-list';
import { DepartmentCreate } from './departments/department-create';
import { DepartmentEdit } from './departments/department-edit';
import { DepartmentList } from './departments/department-list';
import { DocumentCreate } from './documents/document-create';
import { DocumentEdit } from './documents/document-edit';
import { DocumentList } from './documents/document-list';
import { EmployeeCreate } from './employees/employee-create';
import { EmployeeEdit } from './employees/employee-edit';
import { EmployeeList } from './employees/employee-list';
import { RuleCreate } from './rules/rule-create';
import { RuleEdit } from './rules/rule-edit';
import { RuleList } from './rules/rule-list';
import { SendChannelTypeCreate } from './send-channel-types/send-channel-type-create';
import { SendChannelTypeEdit } from './send-channel-types/send-channel-type-edit';
import { SendChannelTypeList } from './send-channel-types/send-channel-type-list';
import { translateNow as t } from '../i18n/i18n-provider';

/**
 * The communications platform's admin screens, as react-admin resources (an element of
 * `<Admin>`), in the console chunk like the other admin screens. Reading takes communications:read; the organisation, catalogs, documents and rules
 * are changed with communications:admin (employees also with users:write, as their logins change),
 * bookings by senders too, and channel blocks also by agents who change customer data.
 */
export function communicationsResources(can: (permission: string) => boolean) {
  if (!can('communications:read')) return null;
  const admin = can('communications:admin');
  const sender = admin || can('communications:send');
  const blocker = sender || can('customers:write');
  const when = <T,>(allowed: boolean, component: T) => (allowed ? component : undefined);
  return (
    <>
      <Resource
        name="companies"
        list={CompanyList}
        create={when(admin, CompanyCreate)}
        edit={when(admin, CompanyEdit)}
        recordRepresentation="name"
      />
      <Resource
        name="departments"
        list={DepartmentList}
        create={when(admin, DepartmentCreate)}
        edit={when(admin, DepartmentEdit)}
        recordRepresentation="name"
      />
      <Resource
        name="employees"
        list={EmployeeList}
        create={when(admin && can('users:write'), EmployeeCreate)}
        edit={when(admin && can('users:write'), EmployeeEdit)}
        recordRepresentation="username"
      />
      <Resource
        name="communication_types"
        list={CommunicationTypeList}
        create={when(admin, CommunicationTypeCreate)}
        edit={when(admin, CommunicationTypeEdit)}
        recordRepresentation="name"
      />
      <Resource
        name="send_channel_types"
        // Its path is the requirement document's; people call them channels.
        options={{ label: 'Channels' }}
        list={SendChannelTypeList}
        create={when(admin, SendChannelTypeCreate)}
        edit={when(admin, SendChannelTypeEdit)}
        recordRepresentation="name"
      />
      <Resource
        name="documents"
        list={DocumentList}
        create={when(admin, DocumentCreate)}
        edit={when(admin, DocumentEdit)}
        recordRepresentation="name"
      />
      <Resource name="rules" list={RuleList} create={when(admin, RuleCreate)} edit={when(admin, RuleEdit)} recordRepresentation="name" />
      <Resource
        name="bookings"
        list={BookingList}
        create={when(sender, BookingCreate)}
        edit={when(sender, BookingEdit)}
        recordRepresentation={(booking) => booking.name ?? `#${booking.bookingId}`}
      />
      <Resource
        name="channel_blocks"
        list={ChannelBlockList}
        create={when(blocker, ChannelBlockCreate)}
        edit={when(blocker, ChannelBlockEdit)}
        recordRepresentation={(block) => t('%{channel} for client #%{client}', { channel: block.channelName, client: block.clientId })}
      />
      {/* Only picked from (a booking's status); seeded and edited through the API. */}
      <Resource name="booking_status_types" recordRepresentation="name" />
    </>
  );
}
