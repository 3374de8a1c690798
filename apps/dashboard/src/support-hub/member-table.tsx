import { Box, Checkbox, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router';
import { customerPath } from '../customers/customer-paths';
import { shortDate } from './hub-dates';
import { type Translate, useHubText } from './hub-i18n';
import { MemberWhy } from './member-why';
import { SCROLLS_SIDEWAYS } from './scrolls-sideways';
import { sourceLabel } from './support-hub-paths';
import type { MemberCase } from './support-hub-types';

interface Props {
  members: readonly MemberCase[];
  /** Given when the members may be chosen (to split them out). */
  selection?: { selected: ReadonlySet<number>; toggle(id: number): void; toggleAll(): void };
  /** Whether a known customer's name links to their 360 page (customers:read). */
  linkCustomers: boolean;
}

/** A raw value the CRM sent, when the hub normalized it to something else. */
function AsSent({ raw, value, t }: { raw: string | null; value: string; t: Translate }) {
  if (raw === null || raw === value) return null;
  return (
    <Typography variant="caption" color="text.secondary" component="div">
      {t('contactly.supportHub.members.sentAs', { _: 'sent as “%{raw}”', raw })}
    </Typography>
  );
}

/** The CRM cases of an aggregated case, each with why it is there. */
export function MemberTable({ members, selection, linkCustomers }: Props) {
  const { t, locale } = useHubText();
  const all = selection && members.length > 0 && members.every((m) => selection.selected.has(m.id));
  const some = selection && members.some((m) => selection.selected.has(m.id));
  return (
    <Box sx={SCROLLS_SIDEWAYS}>
      <Table size="small" aria-labelledby="members-title">
        <TableHead>
          <TableRow>
            {selection && (
              <TableCell padding="checkbox">
                <Checkbox
                  checked={Boolean(all)}
                  indeterminate={Boolean(some && !all)}
                  onChange={selection.toggleAll}
                  slotProps={{ input: { 'aria-label': t('contactly.supportHub.members.chooseAll', { _: 'Choose every case shown' }) } }}
                />
              </TableCell>
            )}
            <TableCell>{t('contactly.supportHub.members.sourceId', { _: 'Source · id' })}</TableCell>
            <TableCell>{t('contactly.supportHub.board.provider', { _: 'Provider' })}</TableCell>
            <TableCell>{t('contactly.supportHub.board.errorCode', { _: 'Error code' })}</TableCell>
            <TableCell>{t('contactly.supportHub.board.status', { _: 'Status' })}</TableCell>
            <TableCell>{t('contactly.supportHub.members.title', { _: 'Title' })}</TableCell>
            <TableCell>{t('contactly.supportHub.members.customer', { _: 'Customer' })}</TableCell>
            <TableCell>{t('contactly.supportHub.members.createdUpdated', { _: 'Created · updated' })}</TableCell>
            <TableCell sx={{ minWidth: 260 }}>{t('contactly.supportHub.members.why', { _: 'Why it is here' })}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {members.map((member) => (
            <TableRow key={member.id} selected={selection?.selected.has(member.id)} data-testid="member-row" sx={{ verticalAlign: 'top' }}>
              {selection && (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={selection.selected.has(member.id)}
                    onChange={() => selection.toggle(member.id)}
                    slotProps={{
                      input: {
                        'aria-label': t('contactly.supportHub.members.choose', {
                          _: 'Choose %{source} case %{id}',
                          source: sourceLabel(member.source),
                          id: member.externalId,
                        }),
                      },
                    }}
                  />
                </TableCell>
              )}
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {sourceLabel(member.source)}
                <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                  {member.externalId}
                </Typography>
                <Typography
                  variant="caption"
                  color="text.secondary"
                  title={t('contactly.supportHub.members.hubId', { _: 'The hub’s number of this case' })}
                >
                  #{member.id}
                </Typography>
              </TableCell>
              <TableCell>
                {member.provider}
                <AsSent raw={member.providerRaw} value={member.provider} t={t} />
              </TableCell>
              <TableCell>
                {member.errorCode}
                <AsSent raw={member.errorCodeRaw} value={member.errorCode} t={t} />
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  label={
                    member.status === 'open'
                      ? t('contactly.supportHub.status.open', { _: 'Open' })
                      : t('contactly.supportHub.status.closed', { _: 'Closed' })
                  }
                  color={member.status === 'open' ? 'warning' : 'default'}
                />
                <Typography variant="caption" color="text.secondary" component="div">
                  {member.sourceStatus}
                </Typography>
              </TableCell>
              <TableCell sx={{ maxWidth: 280 }}>
                <Typography variant="body2">{member.title}</Typography>
                {member.description && (
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    component="div"
                    sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
                    title={member.description}
                  >
                    {member.description}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ wordBreak: 'break-all', minWidth: 140 }}>
                {member.customerRef === null ? (
                  '—'
                ) : member.customerId !== null && linkCustomers ? (
                  <Link to={customerPath(member.customerId)} data-testid="member-customer-link">
                    {member.customerRef}
                  </Link>
                ) : (
                  member.customerRef
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {shortDate(member.createdAt, locale)}
                <Typography variant="caption" color="text.secondary" component="div">
                  {member.updatedAt === member.createdAt
                    ? t('contactly.supportHub.members.notUpdated', { _: 'not updated since' })
                    : t('contactly.supportHub.members.updated', { _: 'updated %{when}', when: shortDate(member.updatedAt, locale) })}
                </Typography>
              </TableCell>
              <TableCell>
                <MemberWhy why={member.why} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
