import { Box, Checkbox, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router';
import { customerPath } from '../customers/customer-paths';
import { shortDate } from './hub-dates';
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
function AsSent({ raw, value }: { raw: string | null; value: string }) {
  if (raw === null || raw === value) return null;
  return (
    <Typography variant="caption" color="text.secondary" component="div">
      sent as “{raw}”
    </Typography>
  );
}

/** The CRM cases of an aggregated case, each with why it is there. */
export function MemberTable({ members, selection, linkCustomers }: Props) {
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
                  slotProps={{ input: { 'aria-label': 'Choose every case shown' } }}
                />
              </TableCell>
            )}
            <TableCell>Source · id</TableCell>
            <TableCell>Provider</TableCell>
            <TableCell>Error code</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Title</TableCell>
            <TableCell>Customer</TableCell>
            <TableCell>Created · updated</TableCell>
            <TableCell sx={{ minWidth: 260 }}>Why it is here</TableCell>
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
                    slotProps={{ input: { 'aria-label': `Choose ${sourceLabel(member.source)} case ${member.externalId}` } }}
                  />
                </TableCell>
              )}
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {sourceLabel(member.source)}
                <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                  {member.externalId}
                </Typography>
              </TableCell>
              <TableCell>
                {member.provider}
                <AsSent raw={member.providerRaw} value={member.provider} />
              </TableCell>
              <TableCell>
                {member.errorCode}
                <AsSent raw={member.errorCodeRaw} value={member.errorCode} />
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  label={member.status === 'open' ? 'Open' : 'Closed'}
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
                {shortDate(member.createdAt)}
                <Typography variant="caption" color="text.secondary" component="div">
                  {member.updatedAt === member.createdAt ? 'not updated since' : `updated ${shortDate(member.updatedAt)}`}
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
