import type { ChannelKind } from '../send-channel-type/send-channel-type.entity.js';

/**
 * The catalogs every installation starts with, worded as the requirement document words them
 * (communications-platform.ru.txt), with its ids: communicationTypeId 1 is mass communication,
 * sendChannelTypeId 1 is SMS, bookingStatusTypeId 1 is "Забронирован". All stay editable.
 */
export const SEEDED_COMMUNICATION_TYPES = [
  { id: 1, name: 'Массовая коммуникация', description: 'Используется для массовой коммуникации с клиентами' },
  { id: 2, name: 'Персональная коммуникация', description: 'Используется для персональной коммуникации с клиентом' },
  { id: 3, name: 'Информационная коммуникация', description: 'Используется для информирования клиентов' },
  { id: 4, name: 'Опрос', description: 'Используется для опроса настроений клиента' },
  { id: 5, name: 'Коммерческий опрос', description: 'Используется для опроса настроений клиента с коммерческой целью' },
  { id: 6, name: 'Сервисная коммуникация', description: 'Используется для сервисной коммуникации с клиентами' },
] as const;

export const SEEDED_SEND_CHANNEL_TYPES: readonly { id: number; name: string; description: string; kind: ChannelKind }[] = [
  { id: 1, name: 'SMS', description: 'Отправка короткого текстового сообщения на телефон клиента', kind: 'sms' },
  { id: 2, name: 'Messenger', description: 'Отправка короткого текстового сообщение в Messenger клиента', kind: 'messenger' },
  { id: 3, name: 'Email', description: 'Отправка электронного письма', kind: 'email' },
  { id: 4, name: 'Push', description: 'Отправка PUSH сообщения', kind: 'push' },
  { id: 5, name: 'Social', description: 'Отправка сообщения в социальной сети клиента', kind: 'social' },
];

export const BOOKED_STATUS_NAME = 'Забронирован';

export const SEEDED_BOOKING_STATUS_TYPES = [
  { id: 1, name: BOOKED_STATUS_NAME, description: 'Забронирован на весь лимит времени.', holdsClient: true },
  { id: 2, name: 'Отменён', description: 'Бронирование отменено, клиент свободен.', holdsClient: false },
  { id: 3, name: 'Завершён', description: 'Коммуникация по бронированию выполнена, клиент свободен.', holdsClient: false },
] as const;
