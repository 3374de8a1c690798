import type { ChannelKind } from '../api-types';

/** How a channel reaches a client: the address it needs and the provider that delivers it. */
export const CHANNEL_KIND_CHOICES: { id: ChannelKind; name: string }[] = [
  { id: 'sms', name: 'SMS (phone number)' },
  { id: 'messenger', name: 'Messenger (phone number)' },
  { id: 'email', name: 'Email (email address)' },
  { id: 'push', name: 'Push (the client’s app)' },
  { id: 'social', name: 'Social network (the client’s account)' },
];
