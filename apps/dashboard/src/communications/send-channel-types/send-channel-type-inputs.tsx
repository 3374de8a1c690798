import { required, SelectInput, TextInput } from 'react-admin';
import { keepEmptyText } from '../keep-empty-text';
import { CHANNEL_KIND_CHOICES } from './channel-kinds';

export function SendChannelTypeInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} helperText="Unique, ignoring upper and lower case (e.g. Telegram)" />
      <SelectInput
        source="kind"
        choices={CHANNEL_KIND_CHOICES}
        validate={required()}
        helperText="The address it needs and the provider that delivers it"
      />
      <TextInput source="description" multiline parse={keepEmptyText} />
    </>
  );
}
