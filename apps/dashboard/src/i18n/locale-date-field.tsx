import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** react-admin's DateField in the user's language (it would otherwise follow the browser's). */
export function LocaleDateField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField locales={locale} {...props} />;
}

/** The same with the time, for instants such as createdAt. */
export const LocaleDateTimeField = (props: DateFieldProps) => <LocaleDateField showTime {...props} />;
