/** The development mailbox page (`contactly.dev_mailbox.*`). */
export const messages = {
  en: {
    contactly: {
      dev_mailbox: {
        absent: 'This server has no development mailbox (it is switched off in production): messages go out through the real channels.',
        recipient: 'Recipient',
        recipient_placeholder: 'maria@example.com or +447700900123',
        recipient_help: 'The exact address or number; empty for all',
        filter: 'Filter',
        loading: 'Loading messages',
        empty_for: 'No messages to %{recipient}.',
        empty: 'No messages yet. One-time codes and password-reset links land here.',
        messages: 'Messages',
        sent: 'Sent',
        to: 'To',
        purpose: 'Purpose',
        message: 'Message',
        sms: 'SMS',
        email: 'Email',
        purposes: { 'password-reset': 'Password reset', 'registration-otp': 'Registration code' },
      },
    },
  },
  ru: {
    contactly: {
      dev_mailbox: {
        absent: 'На этом сервере нет тестовой почты (в рабочем режиме она отключена): сообщения уходят по настоящим каналам.',
        recipient: 'Получатель',
        recipient_placeholder: 'maria@example.com или +447700900123',
        recipient_help: 'Точный адрес или номер; пусто — все',
        filter: 'Показать',
        loading: 'Загрузка сообщений',
        empty_for: 'Сообщений для %{recipient} нет.',
        empty: 'Сообщений пока нет. Сюда приходят одноразовые коды и ссылки для сброса пароля.',
        messages: 'Сообщения',
        sent: 'Отправлено',
        to: 'Кому',
        purpose: 'Назначение',
        message: 'Сообщение',
        sms: 'SMS',
        email: 'Email',
        purposes: { 'password-reset': 'Сброс пароля', 'registration-otp': 'Код регистрации' },
      },
    },
  },
};
