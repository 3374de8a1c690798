/**
 * Names and field labels of the communications platform's react-admin resources
 * (`resources.<name>.*`). English keeps react-admin's own words for the sources (the humanised
 * attribute name), so the screens read as before; Russian names each field.
 */
const FIELDS: Record<string, [string, string]> = {
  active: ['Active', 'Активен'],
  addClientIds: ['Add client ids', 'Добавить клиентов'],
  address: ['Address', 'Адрес'],
  ahead: ['Ahead', 'Предстоящие'],
  beforeDate: ['Before date', 'До даты'],
  blockedBy: ['Blocked by', 'Кем заблокирован'],
  body: ['Body', 'Текст'],
  bookedBy: ['Booked by', 'Кем забронирован'],
  channelName: ['Channel name', 'Канал'],
  channelPreference: ['Channel preference', 'Предпочтение каналов'],
  clientCount: ['Client count', 'Клиентов'],
  clientId: ['Client', 'Клиент'],
  clientIds: ['Client ids', 'Клиенты'],
  communicationTypeId: ['Communication type', 'Тип коммуникации'],
  'company.name': ['Company name', 'Компания'],
  companyId: ['Company', 'Компания'],
  createTime: ['Create time', 'Создано'],
  'department.name': ['Department name', 'Отдел'],
  departmentId: ['Department', 'Отдел'],
  description: ['Description', 'Описание'],
  displayName: ['Display name', 'Имя'],
  documentId: ['Document', 'Документ'],
  email: ['Email', 'Email'],
  enabled: ['Enabled', 'Включён'],
  file: ['File', 'Файл'],
  frequencyCaps: ['Frequency caps', 'Ограничения частоты'],
  kind: ['Kind', 'Вид'],
  login: ['Login', 'Учётная запись'],
  maxCount: ['Max count', 'Не более'],
  name: ['Name', 'Название'],
  password: ['Password', 'Пароль'],
  period: ['Period', 'Период'],
  permanent: ['Permanent', 'Бессрочно'],
  position: ['Position', 'Должность'],
  purpose: ['Purpose', 'Назначение'],
  'quietHours.end': ['Quiet hours end', 'Конец тихих часов'],
  'quietHours.start': ['Quiet hours start', 'Начало тихих часов'],
  reason: ['Reason', 'Причина'],
  removeClientIds: ['Remove client ids', 'Убрать клиентов'],
  role: ['Role', 'Роль'],
  'role.name': ['Role name', 'Роль'],
  roleName: ['Role name', 'Роль'],
  sendChannelTypeId: ['Send channel type', 'Канал'],
  status: ['Status', 'Статус'],
  'status.name': ['Status name', 'Статус'],
  statusId: ['Status', 'Статус'],
  subject: ['Subject', 'Тема'],
  timeZone: ['Time zone', 'Часовой пояс'],
  until: ['Until', 'До'],
  updateTime: ['Update time', 'Изменено'],
  userId: ['User', 'Пользователь'],
  username: ['Username', 'Имя пользователя'],
};

const NAMES: Record<string, [string, string]> = {
  companies: ['Company |||| Companies', 'Компания |||| Компании'],
  departments: ['Department |||| Departments', 'Отдел |||| Отделы'],
  employees: ['Employee |||| Employees', 'Сотрудник |||| Сотрудники'],
  communication_types: ['Communication type |||| Communication types', 'Тип коммуникации |||| Типы коммуникаций'],
  send_channel_types: ['Send channel type |||| Send channel types', 'Канал |||| Каналы'],
  booking_status_types: ['Booking status type |||| Booking status types', 'Статус бронирования |||| Статусы бронирования'],
  documents: ['Document |||| Documents', 'Документ |||| Документы'],
  rules: ['Rule |||| Rules', 'Правило |||| Правила'],
  bookings: ['Booking |||| Bookings', 'Бронирование |||| Бронирования'],
  channel_blocks: ['Channel block |||| Channel blocks', 'Блокировка канала |||| Блокировки каналов'],
};

const resourcesIn = (language: 0 | 1) =>
  Object.fromEntries(
    Object.entries(NAMES).map(([resource, name]) => [
      resource,
      { name: name[language], fields: Object.fromEntries(Object.entries(FIELDS).map(([source, label]) => [source, label[language]])) },
    ]),
  );

export const messages = { en: { resources: resourcesIn(0) }, ru: { resources: resourcesIn(1) } };
