import { DateTimeInput, required, TextInput, useTranslate } from 'react-admin';
import { isFuture, parseLocalDateTime } from '../local-date-time';
import { ReferenceSelect } from '../reference-choices';

const inTheFuture = (value: string | null) => (value && !isFuture(value, new Date()) ? 'must be in the future' : undefined);

/** What a booking is for and until when; the same on create and edit. */
export function BookingInputs() {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="name" helperText="Optional: a name to find it by" />
      <TextInput source="purpose" multiline />
      <DateTimeInput
        source="beforeDate"
        label="Until"
        parse={parseLocalDateTime}
        validate={[required(), inTheFuture]}
        helperText="Your local time; the clients are free again after it"
      />
      <ReferenceSelect
        source="statusId"
        reference="booking_status_types"
        label={translate('Status')}
        emptyText={translate('Забронирован (the default)')}
      />
      <ReferenceSelect
        source="communicationTypeId"
        reference="communication_types"
        label={translate('For the communication type')}
        emptyText="—"
      />
      <ReferenceSelect source="sendChannelTypeId" reference="send_channel_types" label={translate('On the channel')} emptyText="—" />
      <ReferenceSelect source="documentId" reference="documents" label={translate('With the document')} emptyText="—" />
    </>
  );
}
