import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize } from 'class-validator';
import {
  BooleanField,
  EnumField,
  NestedField,
  RefView,
  RelatedPartyView,
  ResourceRefDto,
  TextField,
  TimePeriodView,
  TmfMarkers,
  TmfMoneyDto,
  TmfMoneyView,
} from '@contactly/platform';
import { ACCOUNT_STATES } from '../account.entity.js';
import { INITIAL_ACCOUNT_STATES } from '../account-lifecycle.js';

/** A reference into a bill reference catalogue (TMF666 `…RefOrValue`, by reference only). */
export class CatalogueRefDto {
  @TextField({ max: 20, example: '1', description: 'Id of an existing entry of the catalogue' }) id: string;
  @TextField({ max: 500, optional: true }) href?: string;
  @TextField({ max: 100, optional: true }) name?: string;
  @BooleanField({ optional: true, description: 'Always by reference here; values are not accepted' }) isRef?: boolean;
  @TextField({ max: 60, optional: true }) '@referredType'?: string;
  @TextField({ max: 60, optional: true }) '@type'?: string;
}

/** How the bills of the account are made: cycle, format and presentation media. */
export class BillStructureDto {
  @NestedField(() => CatalogueRefDto, { optional: true, nullable: true, description: 'A billingCycleSpecification' })
  cycleSpecification?: CatalogueRefDto | null;
  @NestedField(() => CatalogueRefDto, { optional: true, nullable: true, description: 'A billFormat' }) format?: CatalogueRefDto | null;
  @NestedField(() => CatalogueRefDto, {
    optional: true,
    isArray: true,
    maxItems: 10,
    description: 'billPresentationMedia entries; replaces the list',
  })
  presentationMedia?: CatalogueRefDto[];
  @TextField({ max: 60, optional: true }) '@type'?: string;
}

/** What a financial account and a party account both take. */
class AccountFields extends TmfMarkers {
  @TextField({ max: 500, optional: true, nullable: true, example: 'Main account for mobile services' }) description?: string | null;
  @TextField({
    max: 60,
    optional: true,
    nullable: true,
    example: 'individual',
    description: 'A categorization such as individual or joint',
  })
  accountType?: string | null;
  @NestedField(() => TmfMoneyDto, {
    optional: true,
    nullable: true,
    description: 'The most that may be charged; its unit becomes the account currency',
  })
  creditLimit?: TmfMoneyDto | null;
}

/** Extra attributes of billing, party and settlement accounts. */
class PartyAccountFields extends AccountFields {
  @TextField({ max: 40, optional: true, nullable: true, example: 'paid', description: 'e.g. due, paid, in arrears' }) paymentStatus?:
    string | null;
  @NestedField(() => BillStructureDto, { optional: true, nullable: true }) billStructure?: BillStructureDto | null;
  @NestedField(() => ResourceRefDto, { optional: true, nullable: true, description: 'A paymentMethod (TMF670) of the same party' })
  defaultPaymentMethod?: ResourceRefDto | null;
  @NestedField(() => ResourceRefDto, {
    optional: true,
    nullable: true,
    description: 'A financialAccount of the same party (or the operator’s)',
  })
  financialAccount?: ResourceRefDto | null;
}

const OWNER = 'The owning customer or party (Individual/Organization id); exactly one, in your scope';

export class CreatePartyAccountDto extends PartyAccountFields {
  @TextField({ max: 200, example: 'Maria Ivanova – mobile' }) name: string;
  @NestedField(() => ResourceRefDto, { isArray: true, maxItems: 1, description: OWNER })
  @ArrayMinSize(1, { message: 'relatedParty must name the owning party' })
  relatedParty: ResourceRefDto[];
  @EnumField(INITIAL_ACCOUNT_STATES, { optional: true, example: 'created', description: 'Defaults to created' })
  state?: (typeof INITIAL_ACCOUNT_STATES)[number];
}

export class UpdatePartyAccountDto extends PartyAccountFields {
  @TextField({ max: 20, optional: true, description: 'Must equal the resource id if sent' }) id?: string;
  @TextField({ max: 500, optional: true, description: 'Must equal the resource href if sent' }) href?: string;
  @TextField({ max: 200, optional: true, example: 'Maria Ivanova – mobile' }) name?: string;
  @NestedField(() => ResourceRefDto, { optional: true, isArray: true, maxItems: 1, description: 'The owner cannot change' })
  relatedParty?: ResourceRefDto[];
  @EnumField(ACCOUNT_STATES, { optional: true, example: 'active', description: 'created → active ⇄ suspended → closed (409 otherwise)' })
  state?: (typeof ACCOUNT_STATES)[number];
}

export class CreateFinancialAccountDto extends AccountFields {
  @TextField({ max: 200, example: 'Acme receivables' }) name: string;
  @NestedField(() => ResourceRefDto, {
    optional: true,
    isArray: true,
    maxItems: 1,
    description: `${OWNER}. Staff may leave it out: the account is then the operator’s own`,
  })
  relatedParty?: ResourceRefDto[];
  @EnumField(INITIAL_ACCOUNT_STATES, { optional: true, example: 'created', description: 'Defaults to created' })
  state?: (typeof INITIAL_ACCOUNT_STATES)[number];
}

export class UpdateFinancialAccountDto extends AccountFields {
  @TextField({ max: 20, optional: true, description: 'Must equal the resource id if sent' }) id?: string;
  @TextField({ max: 500, optional: true, description: 'Must equal the resource href if sent' }) href?: string;
  @TextField({ max: 200, optional: true, example: 'Acme receivables' }) name?: string;
  @NestedField(() => ResourceRefDto, { optional: true, isArray: true, maxItems: 1, description: 'The owner cannot change' })
  relatedParty?: ResourceRefDto[];
  @EnumField(ACCOUNT_STATES, { optional: true, example: 'active', description: 'created → active ⇄ suspended → closed (409 otherwise)' })
  state?: (typeof ACCOUNT_STATES)[number];
}

export class AccountBalanceView {
  @ApiProperty({ example: 'receivableBalance' }) balanceType: string;
  @ApiProperty({ type: TmfMoneyView }) amount: TmfMoneyView;
  @ApiProperty({ type: TimePeriodView }) validFor: TimePeriodView;
}

export class CatalogueRefView extends RefView {
  @ApiProperty({ example: true }) isRef: boolean;
}

export class BillStructureView {
  @ApiPropertyOptional({ type: CatalogueRefView, nullable: true }) cycleSpecification: CatalogueRefView | null;
  @ApiPropertyOptional({ type: CatalogueRefView, nullable: true }) format: CatalogueRefView | null;
  @ApiProperty({ type: [CatalogueRefView] }) presentationMedia: CatalogueRefView[];
}

/** What every account shows. */
class AccountView {
  @ApiProperty({ example: '17' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/accountManagement/v4/billingAccount/17' }) href: string;
  @ApiProperty({ example: 'Maria Ivanova – mobile' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'individual' }) accountType: string | null;
  @ApiProperty({ enum: ACCOUNT_STATES, example: 'active' }) state: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) lastModified: string;
  @ApiPropertyOptional({ type: TmfMoneyView, nullable: true }) creditLimit: TmfMoneyView | null;
  @ApiProperty({ type: [AccountBalanceView] }) accountBalance: AccountBalanceView[];
  @ApiProperty({ type: [RelatedPartyView], description: 'The owner (role `owner`); empty for an operator’s financial account' })
  relatedParty: RelatedPartyView[];
}

export class PartyAccountView extends AccountView {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'paid' }) paymentStatus: string | null;
  @ApiProperty({ type: BillStructureView }) billStructure: BillStructureView;
  @ApiPropertyOptional({ type: RefView, nullable: true }) defaultPaymentMethod: RefView | null;
  @ApiPropertyOptional({ type: RefView, nullable: true }) financialAccount: RefView | null;
  @ApiProperty({ enum: ['BillingAccount', 'PartyAccount', 'SettlementAccount'], example: 'BillingAccount', name: '@type' }) '@type': string;
}

export class FinancialAccountView extends AccountView {
  @ApiProperty({ example: 'FinancialAccount', name: '@type' }) '@type': string;
}
