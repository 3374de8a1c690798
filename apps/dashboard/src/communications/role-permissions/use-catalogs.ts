import { useGetList } from 'react-admin';
import type { CommunicationType, SendChannelType } from '../api-types';
import { translateNow as t } from '../../i18n/i18n-provider';

const ALL = { pagination: { page: 1, perPage: 1000 } } as const;

/** Every communication type and channel, in id order (the order the requirement document lists them). */
export function useCatalogs() {
  const types = useGetList<CommunicationType & { id: number }>('communication_types', {
    ...ALL,
    sort: { field: 'communicationTypeId', order: 'ASC' },
  });
  const channels = useGetList<SendChannelType & { id: number }>('send_channel_types', {
    ...ALL,
    sort: { field: 'sendChannelTypeId', order: 'ASC' },
  });
  const error = types.error ?? channels.error;
  return {
    types: types.data ?? [],
    channels: channels.data ?? [],
    isPending: types.isPending || channels.isPending,
    problem: error ? t('The types and channels could not be loaded: %{reason}', { reason: error.message }) : undefined,
  };
}
