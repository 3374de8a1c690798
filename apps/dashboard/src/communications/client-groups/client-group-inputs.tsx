import { required, TextInput, useTranslate } from 'react-admin';

/** A group's name and description, the same on create and edit. */
export function ClientGroupInputs() {
  const translate = useTranslate();
  return (
    <>
      <TextInput
        source="name"
        label={translate('contactly.clientGroups.name', { _: 'Name' })}
        validate={required()}
        helperText={translate('contactly.clientGroups.nameHelp', { _: 'Unique, ignoring upper and lower case' })}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <TextInput
        source="description"
        label={translate('contactly.clientGroups.description', { _: 'Description' })}
        multiline
        slotProps={{ htmlInput: { maxLength: 1000 } }}
      />
    </>
  );
}
