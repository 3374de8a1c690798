import type { ListSpec } from '@contactly/platform';
import { CUSTOMERS_ERRORS, type CustomersErrorCode } from '../../customers-errors.js';
import { BILL_FORMAT_PATH, BILL_PRESENTATION_MEDIA_PATH, BILLING_CYCLE_SPECIFICATION_PATH } from '../account-paths.js';
import { BILL_REFERENCE_LIST, BILLING_CYCLE_SPECIFICATION_LIST } from './bill-reference-lists.js';
import { billingCycleValues, type BillReferenceInput, billReferenceValues } from './bill-reference-values.js';
import { BillFormat, BillingCycleSpecification, BillPresentationMedia, type BillReference } from './bill-reference.entity.js';
import { toBillFormatView, toBillingCycleSpecificationView, toBillPresentationMediaView } from './bill-reference.mapper.js';
import {
  BillFormatView,
  BillingCycleSpecificationView,
  BillPresentationMediaView,
  CreateBillFormatDto,
  CreateBillingCycleSpecificationDto,
  CreateBillPresentationMediaDto,
  UpdateBillFormatDto,
  UpdateBillingCycleSpecificationDto,
  UpdateBillPresentationMediaDto,
} from './dto/bill-reference.dto.js';

export type BillReferenceType = 'billFormat' | 'billPresentationMedia' | 'billingCycleSpecification';

/** What the views of every catalogue have in common. */
export interface CatalogueView {
  id: string;
  href: string;
  name: string;
}

/**
 * One of the three TMF666 bill reference catalogues: everything the shared repository, service and
 * controller need to serve it.
 */
export interface BillReferenceKind {
  /** The resource name in paths and event bodies (`billFormat`). */
  type: BillReferenceType;
  /** The TMF resource name of its events (`BillFormatCreateEvent`). */
  resource: string;
  /** For people and error messages ("Bill format 7 does not exist"). */
  label: string;
  /** The codes of an unknown id (`BILL_FORMAT_NOT_FOUND`) and of an entry accounts still use (`BILL_FORMAT_IN_USE`). */
  codes: { notFound: CustomersErrorCode; inUse: CustomersErrorCode };
  entity: new () => BillReference;
  path: string;
  list: ListSpec;
  create: new () => object;
  update: new () => object;
  view: new () => object;
  toView(row: BillReference, baseUrl: string): CatalogueView;
  valuesOf(input: BillReferenceInput, current?: BillReference): Partial<BillReference>;
}

export const BILL_FORMAT: BillReferenceKind = {
  type: 'billFormat',
  resource: 'BillFormat',
  label: 'Bill format',
  codes: { notFound: CUSTOMERS_ERRORS.BILL_FORMAT_NOT_FOUND, inUse: CUSTOMERS_ERRORS.BILL_FORMAT_IN_USE },
  entity: BillFormat,
  path: BILL_FORMAT_PATH,
  list: BILL_REFERENCE_LIST,
  create: CreateBillFormatDto,
  update: UpdateBillFormatDto,
  view: BillFormatView,
  toView: (row, baseUrl) => toBillFormatView(row, BILL_FORMAT_PATH, baseUrl),
  valuesOf: billReferenceValues,
};

export const BILL_PRESENTATION_MEDIA: BillReferenceKind = {
  type: 'billPresentationMedia',
  resource: 'BillPresentationMedia',
  label: 'Bill presentation media',
  codes: { notFound: CUSTOMERS_ERRORS.BILL_PRESENTATION_MEDIA_NOT_FOUND, inUse: CUSTOMERS_ERRORS.BILL_PRESENTATION_MEDIA_IN_USE },
  entity: BillPresentationMedia,
  path: BILL_PRESENTATION_MEDIA_PATH,
  list: BILL_REFERENCE_LIST,
  create: CreateBillPresentationMediaDto,
  update: UpdateBillPresentationMediaDto,
  view: BillPresentationMediaView,
  toView: (row, baseUrl) => toBillPresentationMediaView(row, BILL_PRESENTATION_MEDIA_PATH, baseUrl),
  valuesOf: billReferenceValues,
};

export const BILLING_CYCLE_SPECIFICATION: BillReferenceKind = {
  type: 'billingCycleSpecification',
  resource: 'BillingCycleSpecification',
  label: 'Billing cycle specification',
  codes: { notFound: CUSTOMERS_ERRORS.BILLING_CYCLE_SPECIFICATION_NOT_FOUND, inUse: CUSTOMERS_ERRORS.BILLING_CYCLE_SPECIFICATION_IN_USE },
  entity: BillingCycleSpecification,
  path: BILLING_CYCLE_SPECIFICATION_PATH,
  list: BILLING_CYCLE_SPECIFICATION_LIST,
  create: CreateBillingCycleSpecificationDto,
  update: UpdateBillingCycleSpecificationDto,
  view: BillingCycleSpecificationView,
  toView: (row, baseUrl) => toBillingCycleSpecificationView(row as BillingCycleSpecification, BILLING_CYCLE_SPECIFICATION_PATH, baseUrl),
  valuesOf: (input, current) => billingCycleValues(input, current as BillingCycleSpecification | undefined),
};
