import { required, TextInput } from 'react-admin';
import { keepEmptyText } from '../keep-empty-text';

export function CommunicationTypeInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} helperText="Unique, ignoring upper and lower case (e.g. Опрос)" />
      <TextInput source="description" multiline parse={keepEmptyText} />
    </>
  );
}
