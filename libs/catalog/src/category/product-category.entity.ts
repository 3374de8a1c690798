import { Column, Entity, Index } from 'typeorm';
import { CatalogEntityColumns } from '../shared/catalog-columns.js';

/** TMF620 Category: a node of the catalog's tree (`Mobile plans` → `B2B`); its offerings are link rows. */
@Entity('product_category')
@Index('idx_product_category_version', ['specVersion'])
@Index('idx_product_category_root', ['isRoot'])
@Index('idx_product_category_name', ['name'])
@Index('idx_product_category_parent', ['parentId'])
@Index('idx_product_category_lifecycle', ['lifecycleStatus'])
@Index('idx_product_category_updated_at', ['updatedAt'])
export class ProductCategory extends CatalogEntityColumns {
  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId: number | null;

  @Column({ name: 'is_root', type: 'boolean', default: true })
  isRoot: boolean;
}
