import { Column, Entity, Index } from 'typeorm';
import { CatalogEntityColumns } from '../shared/catalog-columns.js';

/**
 * TMF620 ProductOffering: what is sold — a specification at prices, in categories. A bundle offers
 * other (simple) offerings together, one level deep (`product_offering_bundle`). Its prices and
 * categories are link rows (`product_offering_price_link`, `product_offering_category`).
 */
@Entity('product_offering')
@Index('idx_product_offering_version', ['specVersion'])
@Index('idx_product_offering_bundle', ['isBundle'])
@Index('idx_product_offering_sellable', ['isSellable'])
@Index('idx_product_offering_name', ['name'])
@Index('idx_product_offering_lifecycle', ['lifecycleStatus'])
@Index('idx_product_offering_specification', ['productSpecificationId'])
@Index('idx_product_offering_updated_at', ['updatedAt'])
export class ProductOffering extends CatalogEntityColumns {
  @Column({ name: 'is_bundle', type: 'boolean', default: false })
  isBundle: boolean;

  /** TMF `isSellable`: false for offerings sold only inside a bundle. */
  @Column({ name: 'is_sellable', type: 'boolean', default: true })
  isSellable: boolean;

  @Column({ name: 'product_specification_id', type: 'integer', nullable: true })
  productSpecificationId: number | null;
}
