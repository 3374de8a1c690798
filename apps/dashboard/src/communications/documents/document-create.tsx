import { Create, FormDataConsumer, RadioButtonGroupInput, required, SimpleForm, TextInput } from 'react-admin';
import { DocumentFileInput } from './document-file-input';
import { DOCUMENT_KIND_CHOICES, isTextKind } from './document-kinds';
import { TextDocumentInputs } from './text-document-inputs';
import { isFileKind } from './upload-limits';

/** Only what the chosen kind has is sent: a body typed before switching to audio is not, nor a file picked before switching back. */
function documentBody({ file, subject, body, ...values }: Record<string, unknown>) {
  return isFileKind(values.kind) ? { ...values, file } : { ...values, subject, body };
}

/** Text and templates are written here; audio and video are uploaded (multipart, by the data provider). */
export function DocumentCreate() {
  return (
    <Create redirect="edit" transform={documentBody}>
      <SimpleForm defaultValues={{ kind: 'template' }}>
        <RadioButtonGroupInput source="kind" choices={DOCUMENT_KIND_CHOICES} validate={required()} row={false} />
        <TextInput source="name" validate={required()} helperText="Unique, ignoring upper and lower case" />
        <TextInput source="description" multiline />
        <FormDataConsumer<{ kind?: string }>>
          {({ formData }) =>
            isTextKind(formData.kind) ? (
              <TextDocumentInputs />
            ) : isFileKind(formData.kind) ? (
              <DocumentFileInput kind={formData.kind} />
            ) : null
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
}
