/** The console's shell (app bar, global search): its texts in English and Russian. */
export const messages = {
  en: {
    contactly: {
      shell: {
        more: 'More actions',
        search: {
          label: 'Search customers',
          placeholder: 'Search customers…',
          open: 'Search customers (press /)',
          close: 'Close the search',
          searching: 'Searching…',
          no_match: 'No customer matches “%{q}”',
          failed: 'The search failed: %{message}',
          all_results: 'All results for “%{q}”',
          keys: '↑ ↓ choose · Enter opens · Esc leaves',
        },
      },
    },
  },
  ru: {
    contactly: {
      shell: {
        more: 'Другие действия',
        search: {
          label: 'Поиск клиентов',
          placeholder: 'Поиск клиентов…',
          open: 'Поиск клиентов (клавиша /)',
          close: 'Закрыть поиск',
          searching: 'Ищем…',
          no_match: 'Нет клиентов по запросу «%{q}»',
          failed: 'Поиск не удался: %{message}',
          all_results: 'Все результаты по запросу «%{q}»',
          keys: '↑ ↓ выбор · Enter открывает · Esc выход',
        },
      },
    },
  },
};
