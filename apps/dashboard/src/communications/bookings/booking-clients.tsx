import { Alert, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { CheckboxGroupInput, Labeled, useRecordContext, useTranslate } from 'react-admin';
import { api, unwrap } from '../../api/client';
import type { Booking } from '../api-types';
import { ClientsInput } from '../clients/client-inputs';

const SHOWN = 200;

/** The booking's clients (GET /api/v1/bookings/{id}/clients): tick some to take them out, or add others. */
export function BookingClients() {
  const translate = useTranslate();
  const booking = useRecordContext<Booking>();
  const clients = useQuery({
    queryKey: ['bookings', booking?.bookingId, 'clients', booking?.version],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/bookings/{booking}/clients', {
          params: { path: { booking: String(booking?.bookingId) }, query: { limit: SHOWN } },
          signal,
        }),
      ),
    enabled: booking !== undefined,
  });
  if (!booking) return null;
  const choices = (clients.data ?? []).map((client) => ({
    id: client.clientId,
    name: `${[client.firstName, client.lastName].filter(Boolean).join(' ') || 'Client'} (#${client.clientId})`,
  }));
  return (
    <>
      <Labeled label={`Clients (${booking.clientCount})`}>
        <>
          {clients.isPending && <LinearProgress aria-label={translate('Loading the clients')} />}
          {clients.error && <Alert severity="error">The clients could not be loaded: {clients.error.message}</Alert>}
          {choices.length > 0 && (
            <CheckboxGroupInput
              source="removeClientIds"
              label="Tick the clients to take out of the booking"
              choices={choices}
              row={false}
            />
          )}
          {booking.clientCount > choices.length && !clients.isPending && (
            <Typography variant="body2" color="text.secondary">
              The first {choices.length} of {booking.clientCount} are shown.
            </Typography>
          )}
        </>
      </Labeled>
      <ClientsInput source="addClientIds" label={translate('Add clients')} />
    </>
  );
}
