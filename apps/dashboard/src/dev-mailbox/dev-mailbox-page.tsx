import RefreshIcon from '@mui/icons-material/Refresh';
import {
  Alert,
  Box,
  Button,
  Card,
  Chip,
  LinearProgress,
  Link as MuiLink,
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
import { useState, type FormEvent } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useFormat } from '../i18n/format';
import { useSearchParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { readDevMailbox } from './dev-mailbox-api';
import { bodyParts } from './mailbox-text';

const PAGE_SIZE = 25;

/** What the development mailbox "sent" (one-time codes, reset links), newest first; absent in production. */
export function DevMailboxPage() {
  const translate = useTranslate();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const recipient = params.get('recipient') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const [typed, setTyped] = useState(recipient);
  const messages = useQuery({
    queryKey: ['dev-mailbox', recipient, page],
    queryFn: ({ signal }) => readDevMailbox({ recipient: recipient || undefined, offset: page * PAGE_SIZE, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });

  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(typed.trim() ? { recipient: typed.trim() } : {}, { replace: true });
  };

  if (messages.error instanceof ApiError && messages.error.status === 404) {
    return (
      <Alert severity="info" sx={{ mt: 2 }}>
        {translate('contactly.dev_mailbox.absent')}
      </Alert>
    );
  }

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="contactly.nav.nav-dev-mailbox" />
      <Stack
        component="form"
        onSubmit={filter}
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ mb: 2, alignItems: { sm: 'center' } }}
      >
        <TextField
          label={translate('contactly.dev_mailbox.recipient')}
          placeholder={translate('contactly.dev_mailbox.recipient_placeholder')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          size="small"
          sx={{ width: { sm: 360 } }}
          helperText={translate('contactly.dev_mailbox.recipient_help')}
        />
        <Button type="submit" variant="outlined">
          {translate('contactly.dev_mailbox.filter')}
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button startIcon={<RefreshIcon />} onClick={() => messages.refetch()} disabled={messages.isFetching}>
          {translate('ra.action.refresh')}
        </Button>
      </Stack>
      <Card>
        <Box sx={{ height: 4 }}>{messages.isFetching && <LinearProgress aria-label={translate('contactly.dev_mailbox.loading')} />}</Box>
        {messages.error && (
          <Alert severity="error" role="alert" sx={{ m: 2 }}>
            {messages.error.message}
          </Alert>
        )}
        {messages.data?.items.length === 0 && (
          <Typography color="text.secondary" sx={{ p: 3 }} data-testid="mailbox-empty">
            {recipient ? translate('contactly.dev_mailbox.empty_for', { recipient }) : translate('contactly.dev_mailbox.empty')}
          </Typography>
        )}
        {!!messages.data?.items.length && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('contactly.dev_mailbox.messages')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('contactly.dev_mailbox.sent')}</TableCell>
                  <TableCell>{translate('contactly.dev_mailbox.to')}</TableCell>
                  <TableCell>{translate('contactly.dev_mailbox.purpose')}</TableCell>
                  <TableCell>{translate('contactly.dev_mailbox.message')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {messages.data.items.map((message) => (
                  <TableRow key={message.id} data-testid="mailbox-message" sx={{ verticalAlign: 'top' }}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(message.createdAt)}</TableCell>
                    <TableCell>
                      <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                        <Chip
                          size="small"
                          variant="outlined"
                          label={translate(message.channel === 'sms' ? 'contactly.dev_mailbox.sms' : 'contactly.dev_mailbox.email')}
                        />
                        <span>{message.recipient}</span>
                      </Stack>
                    </TableCell>
                    <TableCell>{translate(`contactly.dev_mailbox.purposes.${message.purpose}`, { _: message.purpose })}</TableCell>
                    <TableCell sx={{ maxWidth: 640 }}>
                      {message.subject && <Typography sx={{ fontWeight: 500 }}>{message.subject}</Typography>}
                      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                        {bodyParts(message.body).map((part, index) =>
                          part.kind === 'code' ? (
                            <Chip
                              key={index}
                              size="small"
                              color="primary"
                              label={part.text}
                              data-testid="mailbox-code"
                              sx={{ fontFamily: 'monospace', fontSize: '0.95rem', mx: 0.25 }}
                            />
                          ) : part.kind === 'link' ? (
                            <MuiLink key={index} href={part.text} target="_blank" rel="noopener noreferrer" data-testid="mailbox-link">
                              {part.text}
                            </MuiLink>
                          ) : (
                            <span key={index}>{part.text}</span>
                          ),
                        )}
                      </Typography>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
        {messages.data && messages.data.total > PAGE_SIZE && (
          <TablePagination
            component="div"
            count={messages.data.total}
            page={page}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[]}
            onPageChange={(_, next) =>
              setParams({ ...(recipient ? { recipient } : {}), ...(next ? { page: String(next) } : {}) }, { replace: true })
            }
          />
        )}
      </Card>
    </Box>
  );
}
