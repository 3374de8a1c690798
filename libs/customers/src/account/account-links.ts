import { Injectable } from '@nestjs/common';
import { type DataScope, refId, type ResourceRefDto, unprocessable } from '@contactly/platform';
import type { Party } from '../party/party.entity.js';
import { PartyRepository } from '../party/party.repository.js';
import { PaymentMethodRepository } from '../payment-method/payment-method.repository.js';
import { AccountRepository } from './account.repository.js';
import {
  BILL_FORMAT,
  BILL_PRESENTATION_MEDIA,
  BILLING_CYCLE_SPECIFICATION,
  type BillReferenceKind,
} from './bill-reference/bill-reference-kinds.js';
import { BillReferenceRepository } from './bill-reference/bill-reference.repository.js';
import type { BillStructureDto, CatalogueRefDto } from './dto/account.dto.js';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';

/** The catalogue columns a bill structure sets; a key is absent when the patch leaves it alone. */
export interface BillStructureIds {
  billingCycleSpecificationId?: number | null;
  billFormatId?: number | null;
  mediaIds?: number[];
}

/**
 * Business validation of what an account refers to (the CRM integration flow's step "referenced
 * entities exist"): each reference must exist for the caller and belong to the account's owner,
 * else 422 naming the attribute, before anything is written.
 */
@Injectable()
export class AccountLinks {
  constructor(
    private readonly parties: PartyRepository,
    private readonly methods: PaymentMethodRepository,
    private readonly accounts: AccountRepository,
    private readonly catalogues: BillReferenceRepository,
  ) {}

  /** The party `relatedParty` names, within the caller's scope; null when none is named. */
  async owner(relatedParty: ResourceRefDto[] | undefined, scope: DataScope): Promise<Party | null> {
    const ref = relatedParty?.[0];
    if (!ref) return null;
    const record = await this.parties.findById(refId(ref.id), scope);
    if (!record)
      throw unprocessable(CUSTOMERS_ERRORS.RELATED_PARTY_NOT_FOUND, `The related party ${ref.id} does not exist`, [
        { field: 'relatedParty[0].id', message: 'must name an existing customer or party (create it first)' },
      ]);
    return record.party;
  }

  /** The payment method id to charge by default: undefined leaves it, null clears it. */
  async defaultPaymentMethod(
    ref: ResourceRefDto | null | undefined,
    ownerId: number | null,
    scope: DataScope,
  ): Promise<number | null | undefined> {
    if (ref === undefined || ref === null) return ref;
    const method = await this.methods.findById(refId(ref.id), scope);
    if (!method)
      throw unprocessable(CUSTOMERS_ERRORS.PAYMENT_METHOD_NOT_FOUND, `Payment method ${ref.id} does not exist`, [
        { field: 'defaultPaymentMethod.id', message: 'must name an existing payment method' },
      ]);
    if (method.partyId !== ownerId)
      throw unprocessable(CUSTOMERS_ERRORS.PAYMENT_METHOD_OF_ANOTHER_PARTY, `Payment method ${ref.id} belongs to another party`, [
        { field: 'defaultPaymentMethod.id', message: 'must be a payment method of the account owner' },
      ]);
    return method.id;
  }

  /** The id of the party's preferred active payment method, if it has one (what a new billing account charges). */
  async preferredPaymentMethodOf(partyId: number): Promise<number | null> {
    return (await this.methods.preferredOf(partyId))?.id ?? null;
  }

  /** The financial account that aggregates this one: the owner's, or one of the operator's own. */
  async financialAccount(
    ref: ResourceRefDto | null | undefined,
    ownerId: number | null,
    scope: DataScope,
  ): Promise<number | null | undefined> {
    if (ref === undefined || ref === null) return ref;
    const record = await this.accounts.findById('financial', refId(ref.id), scope);
    if (!record)
      throw unprocessable(CUSTOMERS_ERRORS.FINANCIAL_ACCOUNT_NOT_FOUND, `Financial account ${ref.id} does not exist`, [
        { field: 'financialAccount.id', message: 'must name an existing financial account' },
      ]);
    if (record.account.partyId !== null && record.account.partyId !== ownerId) {
      throw unprocessable(CUSTOMERS_ERRORS.FINANCIAL_ACCOUNT_OF_ANOTHER_PARTY, `Financial account ${ref.id} belongs to another party`, [
        { field: 'financialAccount.id', message: 'must be a financial account of the account owner' },
      ]);
    }
    return record.account.id;
  }

  /** A merge patch of the bill structure: null clears it all, an absent part stays as it is. */
  async billStructure(structure: BillStructureDto | null | undefined): Promise<BillStructureIds> {
    if (structure === undefined) return {};
    if (structure === null) return { billingCycleSpecificationId: null, billFormatId: null, mediaIds: [] };
    const ids: BillStructureIds = {};
    if (structure.cycleSpecification !== undefined)
      ids.billingCycleSpecificationId =
        structure.cycleSpecification &&
        (await this.catalogueEntry(BILLING_CYCLE_SPECIFICATION, structure.cycleSpecification, 'billStructure.cycleSpecification.id'));
    if (structure.format !== undefined)
      ids.billFormatId = structure.format && (await this.catalogueEntry(BILL_FORMAT, structure.format, 'billStructure.format.id'));
    if (structure.presentationMedia !== undefined) {
      const wanted = [...new Set(structure.presentationMedia.map((m) => refId(m.id)))].sort((a, b) => a - b);
      const found = await this.catalogues.findByIds(BILL_PRESENTATION_MEDIA.entity, wanted);
      if (found.length !== wanted.length) {
        const missing = structure.presentationMedia.filter((m) => !found.some((f) => f.id === refId(m.id))).map((m) => m.id);
        throw unprocessable(
          CUSTOMERS_ERRORS.BILL_PRESENTATION_MEDIA_NOT_FOUND,
          `Bill presentation media ${missing.join(', ')} do not exist`,
          [{ field: 'billStructure.presentationMedia', message: `names media that do not exist: ${missing.join(', ')}` }],
        );
      }
      ids.mediaIds = wanted;
    }
    return ids;
  }

  private async catalogueEntry(kind: BillReferenceKind, ref: CatalogueRefDto, field: string): Promise<number> {
    const entry = await this.catalogues.findById(kind.entity, refId(ref.id));
    if (!entry)
      throw unprocessable(kind.codes.notFound, `${kind.label} ${ref.id} does not exist`, [
        { field, message: `must name an existing ${kind.type}` },
      ]);
    return entry.id;
  }
}
