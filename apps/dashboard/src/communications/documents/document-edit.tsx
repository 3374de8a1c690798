import { Chip, Stack } from '@mui/material';
import { Edit, Labeled, required, SelectField, SimpleForm, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { EditToolbar } from '../../admin/edit-toolbar';
import type { CommunicationDocument } from '../api-types';
import { DocumentFilePanel } from './document-file-panel';
import { DOCUMENT_KIND_CHOICES, isTextKind } from './document-kinds';
import { TemplatePreview } from './template-preview';
import { TextDocumentInputs } from './text-document-inputs';
import { isFileKind } from './upload-limits';

function TemplateVariables() {
  const translate = useTranslate();
  const document = useRecordContext<CommunicationDocument>();
  if (document?.kind !== 'template') return null;
  return (
    <Labeled label="Variables (as saved)">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="template-variables">
        {document.variables.length ? (
          document.variables.map((name) => <Chip key={name} size="small" label={`{{${name}}}`} />)
        ) : (
          <span>{translate('none')}</span>
        )}
      </Stack>
    </Labeled>
  );
}

/** What goes with the form: a template's preview, a file's panel. */
function DocumentPanels() {
  const document = useRecordContext<CommunicationDocument>();
  if (!document) return null;
  if (document.kind === 'template') return <TemplatePreview key={document.version} document={document} />;
  if (isFileKind(document.kind)) return <DocumentFilePanel document={{ ...document, kind: document.kind }} writable />;
  return null;
}

function DocumentInputs() {
  const document = useRecordContext<CommunicationDocument>();
  return (
    <>
      <Labeled>
        <SelectField source="kind" choices={DOCUMENT_KIND_CHOICES} />
      </Labeled>
      <TextInput source="name" validate={required()} />
      <TextInput source="description" multiline />
      {isTextKind(document?.kind) && <TextDocumentInputs />}
      <TemplateVariables />
    </>
  );
}

export function DocumentEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<EditToolbar deleteConsequence="A document that bookings use cannot be deleted." />}>
        <DocumentInputs />
      </SimpleForm>
      <DocumentPanels />
    </Edit>
  );
}
