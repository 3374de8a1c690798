import { basic, createTestApp, type TestApp, type TestAppOptions } from '@contactly/platform/testing';
import { mergePersistence, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { IdentityModule, UserService } from '@contactly/identity';
import { IDENTITY_PERSISTENCE } from '@contactly/identity/persistence';
import { CustomersModule } from '@contactly/customers';
import { CUSTOMERS_PERSISTENCE } from '@contactly/customers/persistence';
import { CommunicationsModule, DEFAULT_UPLOAD_LIMITS, DocumentUploadLimits } from '../src/index.js';
import { COMMUNICATIONS_PERSISTENCE } from '../src/persistence.js';

/** Small upload limits, so the 413 tests send kilobytes, not megabytes. */
export const TEST_UPLOAD_LIMITS = new DocumentUploadLimits({ audio: 64 * 1024, video: 128 * 1024 }, DEFAULT_UPLOAD_LIMITS.contentTypes);

export const createCommunicationsTestApp = (options: Partial<TestAppOptions> = {}) =>
  createTestApp({
    modules: [IdentityModule, CustomersModule, CommunicationsModule.withUploadLimits(TEST_UPLOAD_LIMITS)],
    ...mergePersistence(IDENTITY_PERSISTENCE, CUSTOMERS_PERSISTENCE, COMMUNICATIONS_PERSISTENCE),
    ...options,
  });

let sequence = 0;
/** A suffix that makes names unique within a test file. */
export const unique = () => `${Date.now().toString(36)}${(sequence += 1)}`;

/** Factory: a staff login with the given roles and its Basic header. */
export async function newStaff(t: TestApp, roles: string[]) {
  const username = `staff.${unique()}`;
  const password = 'Correct-Horse-42';
  const { body } = await t
    .get(UserService)
    .create({ username, displayName: `Staff ${username}`, password, roles, kind: 'staff' }, SYSTEM_PRINCIPAL);
  return { ...body, password, auth: basic(username, password) };
}

/** Factory: a company and a department of it, through the API. */
export async function newDepartment(t: TestApp, auth: string, name = `Отдел ${unique()}`) {
  const company = (
    await t.http
      .post('/api/v1/companies')
      .set('Authorization', auth)
      .send({ name: `Компания ${unique()}` })
      .expect(201)
  ).body as { companyId: number };
  const department = (
    await t.http.post('/api/v1/departments').set('Authorization', auth).send({ companyId: company.companyId, name }).expect(201)
  ).body as { departmentId: number; name: string };
  return { companyId: company.companyId, ...department };
}

/** Factory: an employee of the department (a new staff login with the role) and their Basic header. */
export async function newEmployee(t: TestApp, auth: string, departmentId: number, role = 'marketer') {
  const username = `emp.${unique()}`;
  const password = 'Correct-Horse-42';
  const employee = (
    await t.http
      .post('/api/v1/employees')
      .set('Authorization', auth)
      .send({ departmentId, role, username, displayName: `Сотрудник ${username}`, password })
      .expect(201)
  ).body as { employeeId: number; userId: number };
  return { ...employee, username, auth: basic(username, password) };
}

/** Factory: a client added through the document's endpoint. */
export async function newClient(t: TestApp, auth: string, input: Record<string, unknown> = {}) {
  const res = await t.http
    .post('/api/v1/clients/add')
    .set('Authorization', auth)
    .send({ firstName: 'Тест', lastName: `Клиент${unique()}`, birthDate: '1990-01-01T00:00:00Z', ...input })
    .expect(201);
  return res.body as { clientId: number; firstName: string; lastName: string };
}
