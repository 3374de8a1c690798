import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/Check';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { OverviewChannel, OverviewReach } from './overview-api';
import { blockingReason } from './overview-view';

const K = 'contactly.customer360.overview.reach';

/** A reason code in words; the server's English sentence (with its details) is the default. */
export function useReasonText() {
  const translate = useTranslate();
  return (reason: { code: string; message: string }) => translate(`${K}.reasons.${reason.code}`, { _: reason.message });
}

function PurposeChip({ label, reach, testId }: { label: string; reach: OverviewReach; testId: string }) {
  return (
    <Chip
      size="small"
      variant={reach.reachable ? 'filled' : 'outlined'}
      color={reach.reachable ? 'success' : 'default'}
      icon={reach.reachable ? <CheckIcon /> : <BlockIcon />}
      label={label}
      data-testid={testId}
      data-reachable={reach.reachable}
    />
  );
}

/** Per channel: would a marketing and a service communication reach the customer now, and if not, why. */
export function ReachList({ channels }: { channels: readonly OverviewChannel[] }) {
  const translate = useTranslate();
  const reasonText = useReasonText();
  if (!channels.length)
    return <Typography color="text.secondary">{translate(`${K}.no_channels`, { _: 'No channel is enabled.' })}</Typography>;
  return (
    <Stack spacing={1} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {channels.map((channel) => {
        const reason = blockingReason(channel);
        return (
          <Box component="li" key={channel.sendChannelTypeId} data-testid="reach-channel" data-channel={channel.name}>
            <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography sx={{ minWidth: 88, fontWeight: 500 }}>{channel.name}</Typography>
              <PurposeChip label={translate(`${K}.marketing`, { _: 'Marketing' })} reach={channel.marketing} testId="reach-marketing" />
              <PurposeChip label={translate(`${K}.service`, { _: 'Service' })} reach={channel.service} testId="reach-service" />
            </Stack>
            {reason && (
              <Typography variant="body2" color="text.secondary" data-testid="reach-reason">
                {reasonText(reason)}
              </Typography>
            )}
          </Box>
        );
      })}
    </Stack>
  );
}
