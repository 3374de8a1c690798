import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { varchar } from '@contactly/platform';
import { CatalogEntityColumns } from '../shared/catalog-columns.js';

/** TMF620 Catalog: a named collection of categories (`Consumer`, `Business`). */
@Entity('product_catalog')
@Index('idx_product_catalog_version', ['specVersion'])
@Index('idx_product_catalog_type', ['catalogType'])
@Index('idx_product_catalog_name', ['name'])
@Index('idx_product_catalog_lifecycle', ['lifecycleStatus'])
@Index('idx_product_catalog_updated_at', ['updatedAt'])
export class ProductCatalog extends CatalogEntityColumns {
  @Column({ name: 'catalog_type', ...varchar(50), nullable: true })
  catalogType: string | null;
}

/** A category of a catalog. */
@Entity('product_catalog_category')
@Index('idx_catalog_category_category', ['categoryId'])
export class ProductCatalogCategory {
  @PrimaryColumn({ name: 'catalog_id', type: 'integer' })
  catalogId: number;

  @PrimaryColumn({ name: 'category_id', type: 'integer' })
  categoryId: number;
}
