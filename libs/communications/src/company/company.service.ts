import { Injectable } from '@nestjs/common';
import type { Principal, Versioned } from '@contactly/platform';
import { CatalogDependencies, CatalogService, revisionOf } from '../shared/catalog.service.js';
import type { Usage } from '../shared/named-row.service.js';
import { COMPANY_LIST } from './company.list.js';
import type { Company } from './company.entity.js';
import { CompanyRepository } from './company.repository.js';
import type { CompanyView, CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** Companies of the group; a company with departments cannot be deleted. */
@Injectable()
export class CompanyService extends CatalogService<Company, CompanyView> {
  protected readonly names = {
    label: 'Company',
    resource: 'Company',
    resourceType: 'company',
    codes: {
      notFound: COMMUNICATIONS_ERRORS.COMPANY_NOT_FOUND,
      nameAmbiguous: COMMUNICATIONS_ERRORS.COMPANY_NAME_AMBIGUOUS,
      nameTaken: COMMUNICATIONS_ERRORS.COMPANY_NAME_TAKEN,
      inUse: COMMUNICATIONS_ERRORS.COMPANY_IN_USE,
    },
  };
  protected readonly listing = { spec: COMPANY_LIST };

  constructor(companies: CompanyRepository, dependencies: CatalogDependencies) {
    super(companies, dependencies);
  }

  create(input: CreateCompanyDto, actor: Principal): Promise<Versioned<CompanyView>> {
    return this.insertRow({ name: input.name, description: input.description ?? null }, actor);
  }

  update(
    idOrName: string,
    input: UpdateCompanyDto,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<CompanyView>> {
    return this.changeRow(idOrName, expectedVersion, actor, () => ({ name: input.name, description: input.description }));
  }

  protected async views(rows: Company[]): Promise<CompanyView[]> {
    return rows.map((c) => ({ companyId: c.id, name: c.name, description: c.description, ...revisionOf(c) }));
  }

  protected override usage(row: Company): Promise<Usage> {
    return this.usages.ofCompany(row.id);
  }
}
