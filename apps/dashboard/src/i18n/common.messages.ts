/** Texts every area shares (`contactly.common.*`): API failures, the language switcher. */
export const messages = {
  en: {
    contactly: {
      common: {
        stale_edit: 'Someone else changed this record — reload to see their changes',
        unreachable: 'The server cannot be reached — check the connection and try again',
        server_answered: 'The server answered %{status}',
        invalid_fields: 'Please check: %{problems}',
        language: 'Language',
        loading: 'Loading…',
        none: 'none',
        loading_console: 'Loading the console…',
        load_failed: 'The console could not be loaded: %{reason}',
        reload: 'Reload',
      },
    },
  },
  ru: {
    contactly: {
      common: {
        stale_edit: 'Эту запись уже изменил кто-то другой — обновите страницу, чтобы увидеть изменения',
        unreachable: 'Нет связи с сервером — проверьте подключение и попробуйте ещё раз',
        server_answered: 'Сервер ответил %{status}',
        invalid_fields: 'Проверьте: %{problems}',
        language: 'Язык',
        loading: 'Загрузка…',
        none: 'нет',
        loading_console: 'Загрузка консоли…',
        load_failed: 'Не удалось загрузить консоль: %{reason}',
        reload: 'Обновить',
      },
    },
  },
};
