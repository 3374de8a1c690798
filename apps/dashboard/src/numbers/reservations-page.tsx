import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, Link, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useNotifyError } from '../admin/use-notify-error';
import { hasPermission } from '../auth/principal';
import { useSignedInPrincipal } from '../auth/session-context';
import { customerPath } from '../customers/customer-paths';
import { allOf } from '../api/schema-types';
import { listReservations, readReservation, releaseReservation, type Reservation, type ReservationStatus } from './numbers-api';

const K = 'contactly.numbers.reservations';
const STATUSES = allOf<ReservationStatus>()(['active', 'released', 'expired', 'fulfilled']);

/** Number reservations: which number is held for whom (a customer or a cart) until when; an active one can be released. */
export function ReservationsPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const principal = useSignedInPrincipal();
  const canRelease = hasPermission(principal, 'numbers:reserve') || hasPermission(principal, 'numbers:write');
  const [status, setStatus] = useState<ReservationStatus>('active');
  const [page, setPage] = useState(0);
  const [releasing, setReleasing] = useState<Reservation | null>(null);
  const [busy, setBusy] = useState(false);
  const perPage = 25;
  const reservations = useQuery({
    queryKey: ['numbers', 'reservations', status, page],
    queryFn: ({ signal }) => listReservations(status, page * perPage, perPage, signal),
    placeholderData: keepPreviousData,
  });
  const date = (iso?: string) =>
    iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '—';

  const release = async () => {
    if (!releasing) return;
    setBusy(true);
    try {
      // The server releases an ended reservation silently (204); read it first, so that one released
      // meanwhile (in another tab, by its expiry) is said as such instead of "back in the pool".
      const current = await readReservation(releasing.id);
      if (current.status !== 'active') {
        notify(
          translate(`${K}.not_active`, {
            _: 'The reservation of %{number} is no longer active (%{status}): there is nothing to release.',
            number: releasing.value,
            status: translate(`${K}.statuses.${current.status}`, { _: current.status }),
          }),
          { type: 'warning' },
        );
      } else {
        await releaseReservation(releasing.id);
        notify(translate(`${K}.released`, { _: '%{number} is back in the pool.', number: releasing.value }), { type: 'success' });
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      setReleasing(null);
      await reservations.refetch();
    }
  };

  return (
    <Card sx={{ mt: 1 }}>
      <Title title={translate(`${K}.title`, { _: 'Number reservations' })} />
      <CardContent>
        <Stack
          direction="row"
          useFlexGap
          spacing={2}
          sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', mb: 2 }}
        >
          <Typography variant="h5" component="h1">
            {translate(`${K}.title`, { _: 'Number reservations' })}
          </Typography>
          <TextField
            select
            size="small"
            sx={{ minWidth: 160 }}
            label={translate(`${K}.status`, { _: 'Status' })}
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as ReservationStatus);
              setPage(0);
            }}
          >
            {STATUSES.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`${K}.statuses.${value}`, { _: value })}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        {reservations.isFetching && <LinearProgress aria-label={translate(`${K}.loading`, { _: 'Loading the reservations' })} />}
        {reservations.error && (
          <Alert severity="error" role="alert">
            {reservations.error.message}
          </Alert>
        )}
        {reservations.data?.items.length === 0 && (
          <Typography color="text.secondary">{translate(`${K}.none`, { _: 'No reservations.' })}</Typography>
        )}
        {!!reservations.data?.items.length && (
          <>
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" sx={{ minWidth: 720 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('contactly.numbers.number', { _: 'Number' })}</TableCell>
                    <TableCell>{translate(`${K}.for`, { _: 'For' })}</TableCell>
                    <TableCell>{translate(`${K}.status`, { _: 'Status' })}</TableCell>
                    <TableCell>{translate(`${K}.expires`, { _: 'Expires' })}</TableCell>
                    <TableCell>{translate(`${K}.created`, { _: 'Reserved' })}</TableCell>
                    {canRelease && <TableCell />}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {reservations.data.items.map((reservation) => {
                    const customer = reservation.customer?.id;
                    return (
                      <TableRow key={reservation.id} data-testid="reservation">
                        <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>
                          {reservation.value} · {reservation.resourceType?.toUpperCase()}
                        </TableCell>
                        <TableCell>
                          {customer ? (
                            <Link to={customerPath(customer)}>{translate(`${K}.customer`, { _: 'Customer %{id}', id: customer })}</Link>
                          ) : reservation.cartId ? (
                            translate(`${K}.cart`, { _: 'Cart %{id}', id: reservation.cartId })
                          ) : (
                            '—'
                          )}
                        </TableCell>
                        <TableCell>
                          <Chip size="small" label={translate(`${K}.statuses.${reservation.status}`, { _: reservation.status })} />
                        </TableCell>
                        <TableCell>{date(reservation.expiresAt)}</TableCell>
                        <TableCell>{date(reservation.createdAt)}</TableCell>
                        {canRelease && (
                          <TableCell>
                            {reservation.status === 'active' && (
                              <Button size="small" onClick={() => setReleasing(reservation)}>
                                {translate(`${K}.release`, { _: 'Release' })}
                              </Button>
                            )}
                          </TableCell>
                        )}
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </Box>
            <TablePagination
              component="div"
              count={reservations.data.total}
              page={page}
              rowsPerPage={perPage}
              rowsPerPageOptions={[perPage]}
              onPageChange={(_event, next) => setPage(next)}
            />
          </>
        )}
      </CardContent>
      <Confirm
        isOpen={!!releasing}
        loading={busy}
        title={translate(`${K}.release_title`, { _: 'Release %{number}?', number: releasing?.value ?? '' })}
        content={translate(`${K}.release_content`, { _: 'The number goes back to the pool at once.' })}
        onConfirm={release}
        onClose={() => setReleasing(null)}
      />
    </Card>
  );
}
