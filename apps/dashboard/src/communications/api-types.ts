import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type Company = Schemas['CompanyView'];
export type Department = Schemas['DepartmentView'];
export type Employee = Schemas['EmployeeView'];
export type CommunicationType = Schemas['CommunicationTypeView'];
export type SendChannelType = Schemas['SendChannelTypeView'];
export type ChannelKind = SendChannelType['kind'];
export type BookingStatusType = Schemas['BookingStatusTypeView'];
export type CommunicationDocument = Schemas['DocumentView'];
export type DocumentKind = CommunicationDocument['kind'];
export type DocumentPreview = Schemas['DocumentPreviewView'];
export type Rule = Schemas['RuleView'];
export type FrequencyCap = Schemas['FrequencyCapDto'];
export type CapPeriod = FrequencyCap['period'];
export type Booking = Schemas['BookingView'];
export type ChannelBlock = Schemas['ChannelBlockView'];
export type Client = Schemas['ClientExtendedView'];
export type ClientAvailability = Schemas['ClientAvailabilityView'];
export type TypeChannel = Schemas['TypeChannelDto'];
export type RoleCommunicationPermissions = Schemas['RoleCommunicationPermissionsView'];

/** A record as the admin screens hold it: with the `id` react-admin needs (see record-shapes). */
export type Recorded<T> = T & { id: number };
