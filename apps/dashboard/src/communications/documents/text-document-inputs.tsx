import { FormDataConsumer, required, TextInput } from 'react-admin';

const TEMPLATE_HELP = 'Write {{firstName}}, {{lastName}}… where each client’s values go; the server checks the placeholders when you save';

/** The subject and body of a text or template document. */
export function TextDocumentInputs() {
  return (
    <FormDataConsumer<{ kind?: string }>>
      {({ formData }) => (
        <>
          <TextInput
            source="subject"
            fullWidth
            helperText={
              formData.kind === 'template' ? 'May hold {{variables}} too (email subjects)' : 'Used where the channel has one (email)'
            }
          />
          <TextInput
            source="body"
            multiline
            minRows={5}
            fullWidth
            validate={required()}
            helperText={formData.kind === 'template' ? TEMPLATE_HELP : undefined}
          />
        </>
      )}
    </FormDataConsumer>
  );
}
