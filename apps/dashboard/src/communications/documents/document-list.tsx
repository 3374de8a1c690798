import { DataTable, DateField, List, SelectField, SelectInput, TextInput } from 'react-admin';
import type { CommunicationDocument, Recorded } from '../api-types';
import { DOCUMENT_KIND_CHOICES } from './document-kinds';
import { formatBytes } from './upload-limits';

const documentFilters = [
  <SelectInput key="kind" source="kind" choices={DOCUMENT_KIND_CHOICES} alwaysOn />,
  <TextInput key="name" source="name" label="Exact name" resettable />,
];

/** What a document holds, in a few words: a template's variables, a file's name and size. */
const contentOf = (document: CommunicationDocument) =>
  document.file
    ? `${document.file.fileName} · ${formatBytes(document.file.sizeBytes)}`
    : document.variables.length
      ? document.variables.map((v) => `{{${v}}}`).join(' ')
      : '—';

export function DocumentList() {
  return (
    <List filters={documentFilters} sort={{ field: 'documentId', order: 'DESC' }}>
      <DataTable<Recorded<CommunicationDocument>> bulkActionButtons={false}>
        <DataTable.Col source="documentId" label="Id" />
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={DOCUMENT_KIND_CHOICES} optionText={(choice: { id: string }) => choice.id} />
        </DataTable.Col>
        <DataTable.Col label="Content" disableSort render={contentOf} />
        <DataTable.Col source="updateTime" label="Changed" field={DateField} />
      </DataTable>
    </List>
  );
}
