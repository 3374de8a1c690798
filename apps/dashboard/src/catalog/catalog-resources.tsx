import { Resource } from 'react-admin';
import {
  CategoryCreate,
  CategoryEdit,
  CategoryList,
  CategoryShow,
  ProductCatalogCreate,
  ProductCatalogEdit,
  ProductCatalogList,
  ProductCatalogShow,
} from './categories';
import { OfferingCreate, OfferingEdit, OfferingList, OfferingShow } from './offerings';
import { PriceCreate, PriceEdit, PriceList, PriceShow } from './prices';
import { SpecificationCreate, SpecificationEdit, SpecificationList, SpecificationShow } from './specifications';

/** Each catalog resource's screens: the list and show for readers, create and edit for writers. */
const SCREENS = [
  { name: 'productOffering', list: OfferingList, show: OfferingShow, create: OfferingCreate, edit: OfferingEdit },
  { name: 'productOfferingPrice', list: PriceList, show: PriceShow, create: PriceCreate, edit: PriceEdit },
  { name: 'productSpecification', list: SpecificationList, show: SpecificationShow, create: SpecificationCreate, edit: SpecificationEdit },
  { name: 'category', list: CategoryList, show: CategoryShow, create: CategoryCreate, edit: CategoryEdit },
  { name: 'catalog', list: ProductCatalogList, show: ProductCatalogShow, create: ProductCatalogCreate, edit: ProductCatalogEdit },
] as const;

/**
 * The TMF620 catalog admin as react-admin resources (an element of `<Admin>`): read with catalog:read,
 * created, edited and moved through the lifecycle with catalog:write. Resource names are the TMF path
 * segments (withCatalog maps them to /tmf-api/productCatalogManagement/v4).
 */
export function catalogResources(can: (permission: string) => boolean) {
  if (!can('catalog:read')) return null;
  const write = can('catalog:write');
  return (
    <>
      {SCREENS.map(({ name, list, show, create, edit }) => (
        <Resource
          key={name}
          name={name}
          list={list}
          show={show}
          create={write ? create : undefined}
          edit={write ? edit : undefined}
          recordRepresentation="name"
        />
      ))}
    </>
  );
}
