import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A price of an offering (TMF `productOfferingPrice` references), in the order they are shown. */
@Entity('product_offering_price_link')
@Index('idx_offering_price_link_price', ['priceId'])
export class ProductOfferingPriceLink {
  @PrimaryColumn({ name: 'offering_id', type: 'integer' })
  offeringId: number;

  @PrimaryColumn({ name: 'price_id', type: 'integer' })
  priceId: number;

  @Column({ type: 'integer', default: 0 })
  position: number;
}

/** An offering inside a bundle (TMF `bundledProductOffering`), one level deep. */
@Entity('product_offering_bundle')
@Index('idx_offering_bundle_member', ['bundledOfferingId'])
export class ProductOfferingBundle {
  @PrimaryColumn({ name: 'offering_id', type: 'integer' })
  offeringId: number;

  @PrimaryColumn({ name: 'bundled_offering_id', type: 'integer' })
  bundledOfferingId: number;

  @Column({ type: 'integer', default: 0 })
  position: number;
}

/** An offering in a category (TMF `category` references of an offering). */
@Entity('product_offering_category')
@Index('idx_offering_category_category', ['categoryId'])
export class ProductOfferingCategory {
  @PrimaryColumn({ name: 'offering_id', type: 'integer' })
  offeringId: number;

  @PrimaryColumn({ name: 'category_id', type: 'integer' })
  categoryId: number;
}
