import {
  ArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  FunctionField,
  SelectInput,
  SimpleFormIterator,
  TextField,
  TextInput,
  type RaRecord,
} from 'react-admin';
import { CatalogCreate, CatalogEdit, CatalogList, CatalogShow } from './catalog-screens';

const RESOURCE_CHOICES = [
  { id: 'msisdn', name: 'contactly.catalog.resources.msisdn' },
  { id: 'iccid', name: 'contactly.catalog.resources.iccid' },
];
const VALUE_TYPES = ['string', 'number', 'boolean'].map((id) => ({ id, name: `contactly.catalog.value_types.${id}` }));

/** Its characteristics (name, type, the values it offers) and the numbers a product of it needs (MSISDN, SIM). */
function SpecificationInputs() {
  return (
    <>
      <TextInput source="brand" />
      <TextInput source="productNumber" />
      <BooleanInput source="isBundle" />
      <CheckboxGroupInput source="resourceKinds" choices={RESOURCE_CHOICES} />
      <ArrayInput source="characteristics">
        <SimpleFormIterator inline>
          <TextInput source="name" required />
          <SelectInput source="valueType" choices={VALUE_TYPES} defaultValue="string" />
          <TextInput source="values" helperText="contactly.catalog.values_help" />
          <TextInput source="description" />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}

const resourcesText = (record: RaRecord) =>
  ((record.resourceKinds as string[] | undefined) ?? []).map((kind) => kind.toUpperCase()).join(', ') || '—';

export const SpecificationList = () => (
  <CatalogList>
    <TextField source="brand" emptyText="—" />
    <FunctionField source="resourceKinds" render={resourcesText} />
  </CatalogList>
);

export const SpecificationEdit = () => (
  <CatalogEdit>
    <SpecificationInputs />
  </CatalogEdit>
);

export const SpecificationCreate = () => (
  <CatalogCreate>
    <SpecificationInputs />
  </CatalogCreate>
);

export const SpecificationShow = () => (
  <CatalogShow>
    <TextField source="brand" emptyText="—" />
    <FunctionField source="resourceKinds" render={resourcesText} />
    <FunctionField
      source="characteristics"
      render={(record: RaRecord) =>
        ((record.characteristics as { name: string; values: string }[] | undefined) ?? [])
          .map((c) => `${c.name}: ${c.values}`)
          .join('; ') || '—'
      }
    />
  </CatalogShow>
);
