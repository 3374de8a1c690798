import { Checkbox, Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import type { CommunicationType, SendChannelType } from '../api-types';
import { allToggled, coverage, pairKey, type Selection, toggled } from './permission-matrix';
import { useTranslate } from 'react-admin';

interface TypeChannelMatrixProps {
  types: readonly Pick<CommunicationType, 'communicationTypeId' | 'name'>[];
  channels: readonly Pick<SendChannelType, 'sendChannelTypeId' | 'name' | 'enabled'>[];
  selection: Selection;
  onChange(selection: Selection): void;
  /** What the checked cells mean, for screen readers ("may send", "allowed"). */
  meaning: string;
  disabled?: boolean;
}

/**
 * Communication types (rows) × channels (columns): a checked cell allows that type on that
 * channel. A row's or a column's header checkbox sets all its cells at once.
 */
export function TypeChannelMatrix({ types, channels, selection, onChange, meaning, disabled = false }: TypeChannelMatrixProps) {
  const translate = useTranslate();
  const rowPairs = (communicationTypeId: number) => channels.map(({ sendChannelTypeId }) => ({ communicationTypeId, sendChannelTypeId }));
  const columnPairs = (sendChannelTypeId: number) => types.map(({ communicationTypeId }) => ({ communicationTypeId, sendChannelTypeId }));
  const headerBox = (label: string, pairs: { communicationTypeId: number; sendChannelTypeId: number }[]) => {
    const state = coverage(selection, pairs);
    return (
      <Checkbox
        size="small"
        checked={state === 'all'}
        indeterminate={state === 'some'}
        disabled={disabled}
        onChange={() => onChange(allToggled(selection, pairs))}
        slotProps={{ input: { 'aria-label': label } }}
      />
    );
  };

  return (
    <Table size="small" sx={{ width: 'auto' }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('Type \\ channel')}</TableCell>
          {channels.map((channel) => (
            <TableCell key={channel.sendChannelTypeId} align="center">
              <Tooltip title={channel.enabled ? '' : translate('Disabled: nothing is sent on it for now')}>
                <span>
                  {channel.name}
                  {channel.enabled ? '' : ' (disabled)'}
                </span>
              </Tooltip>
              <br />
              {headerBox(translate('All types on %{channel}', { channel: channel.name }), columnPairs(channel.sendChannelTypeId))}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {types.map((type) => (
          <TableRow key={type.communicationTypeId}>
            <TableCell component="th" scope="row">
              {headerBox(translate('%{type} on all channels', { type: type.name }), rowPairs(type.communicationTypeId))}
              {type.name}
            </TableCell>
            {channels.map((channel) => (
              <TableCell key={channel.sendChannelTypeId} align="center">
                <Checkbox
                  size="small"
                  checked={selection.has(pairKey(type.communicationTypeId, channel.sendChannelTypeId))}
                  disabled={disabled}
                  onChange={() => onChange(toggled(selection, type.communicationTypeId, channel.sendChannelTypeId))}
                  slotProps={{ input: { 'aria-label': `${type.name} on ${channel.name}: ${meaning}` } }}
                />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
