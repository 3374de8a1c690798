import { Column, Entity, Index } from 'typeorm';
import { JSON_TEXT, jsonTransformer, varchar } from '@contactly/platform';
import { CatalogEntityColumns } from '../shared/catalog-columns.js';
import type { ResourceKind } from '../shared/catalog-kinds.js';

/** A characteristic a product of this specification has (`dataAllowance`, values `10 GB`, `unlimited`). */
export interface SpecCharacteristic {
  name: string;
  description?: string;
  valueType: string;
  configurable?: boolean;
  values: { value: string | number | boolean; unitOfMeasure?: string; isDefault?: boolean }[];
}

/** TMF620 ProductSpecification: what a product is, technically (characteristics, resources it needs). */
@Entity('product_specification')
@Index('idx_product_specification_version', ['specVersion'])
@Index('idx_product_specification_brand', ['brand'])
@Index('idx_product_specification_number', ['productNumber'])
@Index('idx_product_specification_bundle', ['isBundle'])
@Index('idx_product_specification_name', ['name'])
@Index('idx_product_specification_lifecycle', ['lifecycleStatus'])
@Index('idx_product_specification_updated_at', ['updatedAt'])
export class ProductSpecification extends CatalogEntityColumns {
  @Column({ ...varchar(100), nullable: true })
  brand: string | null;

  @Column({ name: 'product_number', ...varchar(100), nullable: true })
  productNumber: string | null;

  @Column({ name: 'is_bundle', type: 'boolean', default: false })
  isBundle: boolean;

  @Column({ name: 'characteristics', ...JSON_TEXT, nullable: true, transformer: jsonTransformer })
  characteristics: SpecCharacteristic[] | null;

  /** `msisdn`, `iccid`: what provisioning a product of it assigns (its `resourceSpecification`). */
  @Column({ name: 'resource_kinds', ...JSON_TEXT, nullable: true, transformer: jsonTransformer })
  resourceKinds: ResourceKind[] | null;
}
