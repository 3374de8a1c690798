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

/**
 * The TMF620 catalog admin as react-admin resources (an element of `<Admin>`): read with catalog:read,
 * created, edited and moved through the lifecycle with catalog:write. Resource names are the TMF path
 * segments (withCatalog maps them to /tmf-api/productCatalogManagement/v4).
 */
export function catalogResources(can: (permission: string) => boolean) {
  if (!can('catalog:read')) return null;
  const write = can('catalog:write');
  const when = <T,>(component: T) => (write ? component : undefined);
  return (
    <>
      <Resource
        name="productOffering"
        list={OfferingList}
        show={OfferingShow}
        create={when(OfferingCreate)}
        edit={when(OfferingEdit)}
        recordRepresentation="name"
      />
      <Resource
        name="productOfferingPrice"
        list={PriceList}
        show={PriceShow}
        create={when(PriceCreate)}
        edit={when(PriceEdit)}
        recordRepresentation="name"
      />
      <Resource
        name="productSpecification"
        list={SpecificationList}
        show={SpecificationShow}
        create={when(SpecificationCreate)}
        edit={when(SpecificationEdit)}
        recordRepresentation="name"
      />
      <Resource
        name="category"
        list={CategoryList}
        show={CategoryShow}
        create={when(CategoryCreate)}
        edit={when(CategoryEdit)}
        recordRepresentation="name"
      />
      <Resource
        name="catalog"
        list={ProductCatalogList}
        show={ProductCatalogShow}
        create={when(ProductCatalogCreate)}
        edit={when(ProductCatalogEdit)}
        recordRepresentation="name"
      />
    </>
  );
}
