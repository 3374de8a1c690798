import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ChipField,
  ReferenceArrayField,
  ReferenceArrayInput,
  ReferenceField,
  ReferenceInput,
  SingleFieldList,
  TextField,
  TextInput,
} from 'react-admin';
import { CatalogCreate, CatalogEdit, CatalogList, CatalogShow } from './catalog-screens';

const ParentInput = () => (
  <ReferenceInput source="parentId" reference="category">
    <AutocompleteInput optionText="name" filterToQuery={(name: string) => ({ name })} />
  </ReferenceInput>
);

export const CategoryList = () => (
  <CatalogList>
    <ReferenceField source="parentId" reference="category" link={false} emptyText="—" />
  </CatalogList>
);
export const CategoryEdit = () => (
  <CatalogEdit>
    <ParentInput />
  </CatalogEdit>
);
export const CategoryCreate = () => (
  <CatalogCreate>
    <ParentInput />
  </CatalogCreate>
);
export const CategoryShow = () => (
  <CatalogShow>
    <ReferenceField source="parentId" reference="category" emptyText="—" />
  </CatalogShow>
);

/** A catalog: a named collection of categories (`Consumer`, `Business`). */
function CatalogInputs() {
  return (
    <>
      <TextInput source="catalogType" />
      <ReferenceArrayInput source="categoryIds" reference="category">
        <AutocompleteArrayInput optionText="name" filterToQuery={(name: string) => ({ name })} fullWidth />
      </ReferenceArrayInput>
    </>
  );
}

export const ProductCatalogList = () => (
  <CatalogList>
    <TextField source="catalogType" emptyText="—" />
  </CatalogList>
);
export const ProductCatalogEdit = () => (
  <CatalogEdit>
    <CatalogInputs />
  </CatalogEdit>
);
export const ProductCatalogCreate = () => (
  <CatalogCreate>
    <CatalogInputs />
  </CatalogCreate>
);
export const ProductCatalogShow = () => (
  <CatalogShow>
    <TextField source="catalogType" emptyText="—" />
    <ReferenceArrayField source="categoryIds" reference="category">
      <SingleFieldList linkType={false}>
        <ChipField source="name" />
      </SingleFieldList>
    </ReferenceArrayField>
  </CatalogShow>
);
