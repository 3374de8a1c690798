import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  ChipField,
  FormDataConsumer,
  ReferenceArrayField,
  ReferenceArrayInput,
  ReferenceField,
  ReferenceInput,
  SingleFieldList,
} from 'react-admin';
import { CatalogCreate, CatalogEdit, CatalogList, CatalogShow, commonFilters } from './catalog-screens';

const filters = commonFilters([
  <ReferenceInput key="category" source="categoryId" reference="category" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(name: string) => ({ name })} />
  </ReferenceInput>,
]);

/** What an offering is made of: its specification, its prices, its categories, and for a bundle the offerings inside it. */
function OfferingInputs() {
  return (
    <>
      <ReferenceInput source="productSpecificationId" reference="productSpecification">
        <AutocompleteInput optionText="name" filterToQuery={(name: string) => ({ name })} fullWidth />
      </ReferenceInput>
      <ReferenceArrayInput source="priceIds" reference="productOfferingPrice">
        <AutocompleteArrayInput optionText="name" filterToQuery={(name: string) => ({ name })} fullWidth />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="categoryIds" reference="category">
        <AutocompleteArrayInput optionText="name" filterToQuery={(name: string) => ({ name })} fullWidth />
      </ReferenceArrayInput>
      <BooleanInput source="isSellable" defaultValue />
      <BooleanInput source="isBundle" />
      <FormDataConsumer>
        {({ formData }) =>
          formData.isBundle ? (
            // One level deep: a bundle offers simple offerings.
            <ReferenceArrayInput source="bundledOfferingIds" reference="productOffering" filter={{ isBundle: false }}>
              <AutocompleteArrayInput optionText="name" filterToQuery={(name: string) => ({ name })} fullWidth />
            </ReferenceArrayInput>
          ) : null
        }
      </FormDataConsumer>
    </>
  );
}

export const OfferingList = () => (
  <CatalogList filters={filters}>
    <ReferenceField source="productSpecificationId" reference="productSpecification" link={false} emptyText="—" />
    <BooleanField source="isBundle" />
  </CatalogList>
);

export const OfferingEdit = () => (
  <CatalogEdit>
    <OfferingInputs />
  </CatalogEdit>
);

export const OfferingCreate = () => (
  <CatalogCreate>
    <OfferingInputs />
  </CatalogCreate>
);

export const OfferingShow = () => (
  <CatalogShow>
    <ReferenceField source="productSpecificationId" reference="productSpecification" emptyText="—" />
    <ReferenceArrayField source="priceIds" reference="productOfferingPrice">
      <SingleFieldList linkType="show">
        <ChipField source="name" />
      </SingleFieldList>
    </ReferenceArrayField>
    <ReferenceArrayField source="categoryIds" reference="category">
      <SingleFieldList linkType={false}>
        <ChipField source="name" />
      </SingleFieldList>
    </ReferenceArrayField>
    <ReferenceArrayField source="bundledOfferingIds" reference="productOffering">
      <SingleFieldList linkType="show">
        <ChipField source="name" />
      </SingleFieldList>
    </ReferenceArrayField>
    <BooleanField source="isSellable" />
  </CatalogShow>
);
