/** The client group screens' words (contactly.clientGroups.*), collected by the i18n provider. */
export const messages = {
  en: {
    contactly: {
      clientGroups: {
        title: 'Client groups',
        menu: 'Client groups',
        createTitle: 'New client group',
        editTitle: 'Client group',
        name: 'Name',
        nameHelp: 'Unique, ignoring upper and lower case',
        description: 'Description',
        clients: 'Clients',
        clientsHelp: 'Search by name, email, phone or id; pick as many as you like',
        changed: 'Changed',
        membersCount: 'Clients (%{smart_count})',
        loadingMembers: 'Loading the clients',
        membersFailed: 'The clients could not be loaded',
        remove: 'Tick the clients to take out of the group',
        firstShown: 'The first %{shown} of %{smart_count} are shown.',
        add: 'Add clients',
        deleteConsequence: 'Its clients stay; mailings sent to it keep their history.',
      },
    },
  },
  ru: {
    contactly: {
      clientGroups: {
        title: 'Группы клиентов',
        menu: 'Группы клиентов',
        createTitle: 'Новая группа клиентов',
        editTitle: 'Группа клиентов',
        name: 'Название',
        nameHelp: 'Уникальное, без учёта регистра',
        description: 'Описание',
        clients: 'Клиенты',
        clientsHelp: 'Поиск по имени, email, телефону или номеру; можно выбрать сколько угодно',
        changed: 'Изменена',
        membersCount: 'Клиенты (%{smart_count})',
        loadingMembers: 'Загружаем клиентов',
        membersFailed: 'Не удалось загрузить клиентов',
        remove: 'Отметьте клиентов, которых нужно убрать из группы',
        firstShown: 'Показаны первые %{shown} из %{smart_count}.',
        add: 'Добавить клиентов',
        deleteConsequence: 'Клиенты останутся; история рассылок по группе сохранится.',
      },
    },
  },
};
