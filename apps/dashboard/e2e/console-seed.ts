import { expect, type APIRequestContext } from '@playwright/test';
import { asAdmin, freshNumbers, launchedOffering, subscribe } from './catalog-world';

export const ADMIN = { username: 'Admin', password: 'admin' };
export const ADMIN_AUTHORIZATION = `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`;
const AS_ADMIN = { Authorization: ADMIN_AUTHORIZATION };
/** Seeded catalog ids (the requirement document's): the survey type and the email channel. */
const SURVEY = 4;
const EMAIL = 3;

/** Letters only, so names of this run never clash with an earlier run's and a name search finds them. */
export const uniqueWord = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

export async function call<T>(request: APIRequestContext, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: AS_ADMIN });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** The first record's id of a list (seeded reference data: roles, channels, types). */
async function firstId(request: APIRequestContext, path: string, key: string): Promise<string> {
  const [first] = await call<Record<string, unknown>[]>(request, 'GET', path);
  expect(first, `${path} lists something`).toBeTruthy();
  return String(first[key]);
}

/** What the console's pages show: one record of every resource, with long (realistic) texts. */
export interface ConsoleRecords {
  customerId: number;
  customerName: string;
  aggregatedCaseId: string;
  /** A support-hub refresh run, for its report page (/support-hub/refresh-runs/:id). */
  refreshRunId: string;
  mailingId: number;
  communicationId: number;
  /** A subscription of the customer (its 360 page's Subscriptions tab). */
  subscriptionId: string;
  /** Record id by react-admin resource name, for the edit pages. */
  edit: Record<string, string>;
}

/**
 * Seeds, through the API, a customer with a billing account, a channel block and a sent survey, the
 * communications organisation around it (company, department, employee, rule, template, booking),
 * an affiliate, a client group, a (disabled) grouping rule, and refreshes the support hub from the
 * CRM simulators.
 */
export async function seedConsole(request: APIRequestContext): Promise<ConsoleRecords> {
  const word = uniqueWord();
  const lastName = `Константинопольская${word}`;
  const client = await call<{ clientId: number }>(request, 'POST', '/api/v1/clients/add', {
    firstName: 'Анна-Мария',
    lastName,
    email: `anna.maria.konstantinopolskaya.${word}@example.com`,
  });
  const customerId = client.clientId;
  await call(request, 'POST', '/tmf-api/accountManagement/v4/billingAccount', {
    name: `Основной лицевой счёт клиента ${lastName}`,
    relatedParty: [{ id: String(customerId), role: 'customer', '@referredType': 'Customer' }],
  });

  const company = await call<{ companyId: number }>(request, 'POST', '/api/v1/companies', {
    name: `Общество с ограниченной ответственностью «Телеком ${word}»`,
  });
  const department = await call<{ departmentId: number }>(request, 'POST', '/api/v1/departments', {
    companyId: company.companyId,
    name: `Отдел удержания и развития клиентов ${word}`,
  });
  const rule = await call<{ ruleId: number }>(request, 'POST', '/api/v1/rules', {
    departmentId: department.departmentId,
    name: `Письма по будням ${word}`,
    allowed: [{ communicationTypeId: SURVEY, sendChannelTypeId: EMAIL }],
    timeZone: 'Europe/Moscow',
  });
  const document = await call<{ documentId: number }>(request, 'POST', '/api/v1/documents', {
    name: `Приглашение на опрос о качестве обслуживания ${word}`,
    kind: 'template',
    subject: '{{firstName}}, расскажите о нас',
    body: 'Здравствуйте, {{firstName}}! Ответьте на три вопроса о нашей работе.',
  });
  const employee = await call<{ employeeId: number }>(request, 'POST', '/api/v1/employees', {
    departmentId: department.departmentId,
    role: 'marketer',
    position: 'Ведущий специалист по коммуникациям',
    username: `e2e.marketer.${word}`,
    displayName: 'Екатерина Александровна Преображенская',
    email: `marketer.${word}@example.com`,
    password: 'Correct-Horse-42',
  });
  const booking = await call<{ bookingId: number }>(request, 'POST', '/api/v1/bookings', {
    name: `Бронь под осенний опрос ${word}`,
    clientIds: [customerId],
    beforeDate: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    departmentId: department.departmentId,
  });
  const block = await call<{ channelBlockId: number }>(request, 'POST', '/api/v1/channel_blocks', {
    clientId: customerId,
    sendChannelTypeId: 1,
    reason: 'Клиент попросил не присылать сообщения на этот канал до конца года',
  });
  const mailing = await call<{ mailingId: number }>(request, 'POST', '/api/v1/communications', {
    name: `Осенний опрос о качестве обслуживания ${word}`,
    communicationTypeId: SURVEY,
    sendChannelTypeId: EMAIL,
    documentId: document.documentId,
    departmentId: department.departmentId,
    recipients: { clientIds: [customerId] },
  });
  const [communication] = await call<{ communicationId: number }[]>(
    request,
    'GET',
    `/api/v1/communications?mailingId=${mailing.mailingId}`,
  );
  const affiliate = await call<{ id: number }>(request, 'POST', '/api/v1/affiliates', {
    name: `Партнёрская сеть салонов связи ${word}`,
    code: `aff-${word}`,
    contactEmail: `partners.${word}@example.com`,
  });

  const group = await call<{ groupId: number }>(request, 'POST', '/api/v1/client_groups', {
    name: `Постоянные клиенты салонов Санкт-Петербурга ${word}`,
    description: 'Клиенты, которые за последний год хотя бы трижды обращались в салоны связи и оставили отзыв',
    clientIds: [customerId],
  });
  // Disabled, so the grouping of every other test's cases stays as it was; the rules page lists it all the same.
  await call(request, 'POST', '/api/v1/support-hub/rules', {
    kind: 'provider-alias',
    pattern: `Межрегиональная телекоммуникационная компания ${word}`,
    replacement: `mtk-${word}`,
    enabled: false,
    description: 'Провайдер пишет в заявках полное юридическое наименование вместо короткого кода',
  });

  // The catalog, the number pool and a subscription of the customer, with long names.
  const offering = await launchedOffering(request, 'Безлимитный тариф «Семейный плюс» с роумингом по Европе');
  const category = await asAdmin<{ id: string }>(request, 'POST', '/tmf-api/productCatalogManagement/v4/category', {
    name: `Тарифы для семей с детьми и пенсионеров ${word}`,
    productOffering: [{ id: offering.offeringId }],
  });
  const catalog = await asAdmin<{ id: string }>(request, 'POST', '/tmf-api/productCatalogManagement/v4/catalog', {
    name: `Каталог для частных клиентов ${word}`,
    catalogType: 'consumer',
    category: [{ id: category.id }],
  });
  const first = await freshNumbers(request, 10);
  const subscription = await subscribe(request, String(customerId), offering, first);
  await asAdmin(request, 'POST', '/api/v1/numbers/reservations', {
    resourceType: 'msisdn',
    value: (BigInt(first) + 1n).toString(),
    customer: { id: String(customerId) },
  });
  await asAdmin(request, 'POST', '/api/v1/catalog/dumps', {});

  await call(request, 'POST', '/api/v1/support-hub/refresh?force=true&wait=true');
  const aggregatedCaseId = await firstId(request, '/api/v1/support-hub/get-all?limit=1&sort=-caseCount', 'id');

  return {
    customerId,
    customerName: `Анна-Мария ${lastName}`,
    aggregatedCaseId,
    refreshRunId: await firstId(request, '/api/v1/support-hub/refresh-runs?limit=1', 'id'),
    mailingId: mailing.mailingId,
    communicationId: communication.communicationId,
    subscriptionId: subscription.id,
    edit: {
      productOffering: offering.offeringId,
      productOfferingPrice: offering.priceId,
      productSpecification: offering.specificationId,
      category: category.id,
      catalog: catalog.id,
      users: await firstId(request, '/api/v1/users?limit=1', 'id'),
      roles: await firstId(request, '/api/v1/roles?limit=1', 'id'),
      affiliates: String(affiliate.id),
      companies: String(company.companyId),
      departments: String(department.departmentId),
      employees: String(employee.employeeId),
      communication_types: String(SURVEY),
      send_channel_types: String(EMAIL),
      documents: String(document.documentId),
      rules: String(rule.ruleId),
      bookings: String(booking.bookingId),
      channel_blocks: String(block.channelBlockId),
      client_groups: String(group.groupId),
    },
  };
}
