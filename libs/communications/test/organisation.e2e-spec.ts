import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCommunicationsTestApp, newDepartment, newEmployee, newStaff, unique } from './communications-test-app.js';

describe('companies, departments, employees, role permissions and rules', () => {
  let t: TestApp;
  const events = async (type: string) =>
    (await t.db.dataSource.query('SELECT payload FROM outbox_event WHERE event_type = ?', [type])) as { payload: string }[];

  beforeAll(async () => {
    t = await createCommunicationsTestApp();
  });
  afterAll(() => t.close());

  describe('companies and departments', () => {
    it('creates, reads, lists, updates and deletes a company and its departments', async () => {
      const company = await t.http
        .post('/api/v1/companies')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'ООО «Связь»', description: 'Тест' })
        .expect(201);
      const companyId = company.body.companyId as number;
      expect(company.body).toMatchObject({ name: 'ООО «Связь»', description: 'Тест', version: 1 });
      await t.http
        .get(`/api/v1/companies/${encodeURIComponent('ооо «связь»')}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      await t.http.post('/api/v1/companies').set('Authorization', ADMIN_AUTH).send({ name: 'ООО «СВЯЗЬ»' }).expect(409);

      const sales = await t.http
        .post('/api/v1/departments')
        .set('Authorization', ADMIN_AUTH)
        .send({ companyId, name: 'Продажи' })
        .expect(201);
      expect(sales.body).toMatchObject({ name: 'Продажи', company: { companyId, name: 'ООО «Связь»' } });
      await t.http.post('/api/v1/departments').set('Authorization', ADMIN_AUTH).send({ companyId, name: 'продажи' }).expect(409);
      const unknownCompany = await t.http
        .post('/api/v1/departments')
        .set('Authorization', ADMIN_AUTH)
        .send({ companyId: 999999, name: 'Призрак' })
        .expect(422);
      expect(unknownCompany.body.code).toBe('COMPANY_NOT_FOUND');
      await t.http.post('/api/v1/departments').set('Authorization', ADMIN_AUTH).send({ companyId, name: 'Сервис' }).expect(201);

      const ofCompany = await t.http.get(`/api/v1/companies/${companyId}/departments`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(ofCompany.body.map((d: { name: string }) => d.name)).toEqual(['Продажи', 'Сервис']);
      const filtered = await t.http
        .get('/api/v1/departments')
        .query({ companyId, sort: '-name', fields: 'departmentId,name' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(filtered.body.map((d: { name: string }) => d.name)).toEqual(['Сервис', 'Продажи']);
      expect(Object.keys(filtered.body[0])).toEqual(['departmentId', 'name']);
      expect(filtered.headers['x-total-count']).toBe('2');

      // The same department name in another company: the name alone is ambiguous.
      const other = await t.http
        .post('/api/v1/companies')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Другая ${unique()}` })
        .expect(201);
      await t.http
        .post('/api/v1/departments')
        .set('Authorization', ADMIN_AUTH)
        .send({ companyId: other.body.companyId, name: 'Продажи' })
        .expect(201);
      const ambiguous = await t.http
        .get(`/api/v1/departments/${encodeURIComponent('Продажи')}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(409);
      expect(ambiguous.body.code).toBe('DEPARTMENT_NAME_AMBIGUOUS');

      const read = await t.http.get(`/api/v1/departments/${sales.body.departmentId}`).set('Authorization', ADMIN_AUTH).expect(200);
      await t.http
        .patch(`/api/v1/departments/${sales.body.departmentId}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', '"9"')
        .send({ name: 'Продажи B2B' })
        .expect(412);
      const renamed = await t.http
        .patch(`/api/v1/departments/${sales.body.departmentId}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', read.headers.etag)
        .send({ name: 'Продажи B2B' })
        .expect(200);
      expect(renamed.body).toMatchObject({ name: 'Продажи B2B', version: 2 });
      const moved = await t.http
        .patch(`/api/v1/departments/${sales.body.departmentId}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ companyId: other.body.companyId, name: 'Продажи' })
        .expect(409);
      expect(moved.body.code).toBe('DEPARTMENT_NAME_TAKEN');

      const companyInUse = await t.http.delete(`/api/v1/companies/${companyId}`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(companyInUse.body.code).toBe('COMPANY_IN_USE');
      for (const d of ofCompany.body)
        await t.http.delete(`/api/v1/departments/${d.departmentId}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.delete(`/api/v1/companies/${companyId}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.get(`/api/v1/companies/${companyId}`).set('Authorization', ADMIN_AUTH).expect(404);
      expect((await events('DepartmentCreateEvent')).length).toBeGreaterThanOrEqual(3);
      expect((await events('CompanyDeleteEvent')).length).toBe(1);
    });

    it.each(['999999', 'abc', '0'])('answers 404 for the unknown id %p', async (id) => {
      for (const path of ['/api/v1/companies', '/api/v1/departments', '/api/v1/employees', '/api/v1/rules']) {
        await t.http.get(`${path}/${id}`).set('Authorization', ADMIN_AUTH).expect(404);
        await t.http.patch(`${path}/${id}`).set('Authorization', ADMIN_AUTH).send({}).expect(404);
        await t.http.delete(`${path}/${id}`).set('Authorization', ADMIN_AUTH).expect(404);
      }
      await t.http.get(`/api/v1/departments/${id}/employees`).set('Authorization', ADMIN_AUTH).expect(404);
    });
  });

  describe('employees', () => {
    it('creates an employee with a new login, lists them per department and role, updates and deletes them', async () => {
      const department = await newDepartment(t, ADMIN_AUTH, 'Маркетинг');
      const username = `olga.${unique()}`;
      const created = await t.http
        .post('/api/v1/employees')
        .set('Authorization', ADMIN_AUTH)
        .send({
          departmentId: department.departmentId,
          role: 'marketer',
          username,
          displayName: 'Ольга Отправкина',
          email: 'olga@example.com',
          password: 'Correct-Horse-42',
          position: 'Маркетолог',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        username,
        displayName: 'Ольга Отправкина',
        email: 'olga@example.com',
        active: true,
        department: { departmentId: department.departmentId, name: 'Маркетинг' },
        role: { name: 'marketer' },
        position: 'Маркетолог',
      });
      const user = await t.http.get(`/api/v1/users/${created.body.userId}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(user.body).toMatchObject({ username, kind: 'staff', roles: ['marketer'] });
      await t.http
        .post('/api/v1/auth')
        .set('Authorization', `Basic ${Buffer.from(`${username}:Correct-Horse-42`).toString('base64')}`)
        .expect(200);

      const byName = await t.http.get(`/api/v1/employees/${username.toUpperCase()}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(byName.body.employeeId).toBe(created.body.employeeId);
      const ofDepartment = await t.http
        .get(`/api/v1/departments/${department.departmentId}/employees`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(ofDepartment.body.map((e: { username: string }) => e.username)).toEqual([username]);
      const ofRole = await t.http
        .get('/api/v1/roles/marketer/employees')
        .query({ departmentId: department.departmentId })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(ofRole.body.map((e: { username: string }) => e.username)).toEqual([username]);
      const byRoleName = await t.http
        .get('/api/v1/employees')
        .query({ role: 'marketer', username })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(byRoleName.headers['x-total-count']).toBe('1');

      const updated = await t.http
        .patch(`/api/v1/employees/${created.body.employeeId}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', created.headers.etag)
        .send({ role: 'agent', displayName: 'Ольга Агентова', position: null })
        .expect(200);
      expect(updated.body).toMatchObject({ displayName: 'Ольга Агентова', role: { name: 'agent' }, position: null, version: 2 });
      expect((await t.http.get(`/api/v1/users/${created.body.userId}`).set('Authorization', ADMIN_AUTH).expect(200)).body.roles).toEqual([
        'agent',
      ]);
      await t.http
        .patch(`/api/v1/employees/${created.body.employeeId}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', created.headers.etag)
        .send({ position: 'x' })
        .expect(412);

      const deptInUse = await t.http.delete(`/api/v1/departments/${department.departmentId}`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(deptInUse.body).toMatchObject({ code: 'DEPARTMENT_IN_USE', usage: { 'employee(s)': 1 } });

      await t.http.delete(`/api/v1/employees/${created.body.employeeId}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.get(`/api/v1/employees/${created.body.employeeId}`).set('Authorization', ADMIN_AUTH).expect(404);
      await t.http.get(`/api/v1/users/${created.body.userId}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect((await events('EmployeeCreateEvent')).length).toBeGreaterThan(0);
      expect((await events('EmployeeDeleteEvent')).length).toBe(1);
    });

    it("sorts a department's employees by their login's username and filters them on its active flag", async () => {
      const department = await newDepartment(t, ADMIN_AUTH, 'Сортировка');
      const suffix = unique();
      const hire = async (username: string) =>
        (
          await t.http
            .post('/api/v1/employees')
            .set('Authorization', ADMIN_AUTH)
            .send({
              departmentId: department.departmentId,
              role: 'marketer',
              username,
              displayName: username,
              password: 'Correct-Horse-42',
            })
            .expect(201)
        ).body as { userId: number; username: string };
      const bea = await hire(`Bea.${suffix}`);
      const al = await hire(`al.${suffix}`);
      await t.http.patch(`/api/v1/users/${bea.userId}`).set('Authorization', ADMIN_AUTH).send({ active: false }).expect(200);
      const usernames = async (query: Record<string, string>) =>
        (
          await t.http
            .get(`/api/v1/departments/${department.departmentId}/employees`)
            .query(query)
            .set('Authorization', ADMIN_AUTH)
            .expect(200)
        ).body.map((e: { username: string }) => e.username);

      expect(await usernames({ sort: 'username' })).toEqual([al.username, bea.username]);
      expect(await usernames({ sort: '-username' })).toEqual([bea.username, al.username]);
      expect(await usernames({ active: 'true' })).toEqual([al.username]);
      expect(await usernames({ active: 'false' })).toEqual([bea.username]);
      const byLogin = await t.http
        .get('/api/v1/employees')
        .query({ username: bea.username.toUpperCase() })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(byLogin.body.map((e: { username: string }) => e.username)).toEqual([bea.username]);
    });

    it('links an existing staff user, giving them the role; refuses twice, non-staff, unknown users, roles and departments', async () => {
      const department = await newDepartment(t, ADMIN_AUTH);
      const staff = await newStaff(t, ['agent']);
      const linked = await t.http
        .post('/api/v1/employees')
        .set('Authorization', ADMIN_AUTH)
        .send({ departmentId: department.departmentId, role: 'marketer', userId: staff.id })
        .expect(201);
      expect(linked.body).toMatchObject({ userId: staff.id, username: staff.username, role: { name: 'marketer' } });
      expect((await t.http.get(`/api/v1/users/${staff.id}`).set('Authorization', ADMIN_AUTH).expect(200)).body.roles).toEqual([
        'agent',
        'marketer',
      ]);
      expect(
        (
          await t.http
            .post('/api/v1/employees')
            .set('Authorization', ADMIN_AUTH)
            .send({ departmentId: department.departmentId, role: 'marketer', userId: staff.id })
            .expect(409)
        ).body.code,
      ).toBe('EMPLOYEE_EXISTS');
      expect(
        (
          await t.http
            .post('/api/v1/employees')
            .set('Authorization', ADMIN_AUTH)
            .send({ departmentId: department.departmentId, role: 'marketer', userId: 999999 })
            .expect(422)
        ).body.code,
      ).toBe('USER_NOT_FOUND');
      expect(
        (
          await t.http
            .post('/api/v1/employees')
            .set('Authorization', ADMIN_AUTH)
            .send({
              departmentId: department.departmentId,
              role: 'no-such-role',
              username: `x.${unique()}`,
              displayName: 'X',
              password: 'Correct-Horse-42',
            })
            .expect(422)
        ).body.code,
      ).toBe('ROLE_NOT_FOUND');
      expect(
        (
          await t.http
            .post('/api/v1/employees')
            .set('Authorization', ADMIN_AUTH)
            .send({ departmentId: 999999, role: 'marketer', username: `x.${unique()}`, displayName: 'X', password: 'Correct-Horse-42' })
            .expect(422)
        ).body.code,
      ).toBe('DEPARTMENT_NOT_FOUND');
      const taken = await t.http
        .post('/api/v1/employees')
        .set('Authorization', ADMIN_AUTH)
        .send({
          departmentId: department.departmentId,
          role: 'marketer',
          username: staff.username,
          displayName: 'X',
          password: 'Correct-Horse-42',
        })
        .expect(409);
      expect(taken.body.code).toBe('USERNAME_TAKEN');
      const incomplete = await t.http
        .post('/api/v1/employees')
        .set('Authorization', ADMIN_AUTH)
        .send({ departmentId: department.departmentId, role: 'marketer', username: `x.${unique()}` })
        .expect(400);
      expect(incomplete.body.details.map((d: { field: string }) => d.field)).toEqual(['displayName', 'password']);
      const subscriber = await newStaff(t, ['agent']);
      await t.db.dataSource.query("UPDATE user SET kind = 'customer' WHERE id = ?", [subscriber.id]);
      expect(
        (
          await t.http
            .post('/api/v1/employees')
            .set('Authorization', ADMIN_AUTH)
            .send({ departmentId: department.departmentId, role: 'marketer', userId: subscriber.id })
            .expect(422)
        ).body.code,
      ).toBe('USER_NOT_STAFF');
    });
  });

  describe('role communication permissions', () => {
    it('stores the types a role may send per channel, replaces them, and refuses unknown ids with 422', async () => {
      const empty = await t.http.get('/api/v1/roles/customer/communication-permissions').set('Authorization', ADMIN_AUTH).expect(200);
      expect(empty.body).toMatchObject({ roleName: 'customer', permissions: [] });
      const set = await t.http
        .put('/api/v1/roles/marketer/communication-permissions')
        .set('Authorization', ADMIN_AUTH)
        .send({
          permissions: [
            { communicationTypeId: 4, sendChannelTypeId: 3 },
            { communicationTypeId: 1, sendChannelTypeId: 1 },
            { communicationTypeId: 1, sendChannelTypeId: 1 },
          ],
        })
        .expect(200);
      expect(set.body.permissions).toEqual([
        { communicationTypeId: 1, sendChannelTypeId: 1 },
        { communicationTypeId: 4, sendChannelTypeId: 3 },
      ]);
      const byId = await t.http
        .get(`/api/v1/roles/${set.body.roleId}/communication-permissions`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(byId.body).toEqual(set.body);
      const bad = await t.http
        .put('/api/v1/roles/marketer/communication-permissions')
        .set('Authorization', ADMIN_AUTH)
        .send({
          permissions: [
            { communicationTypeId: 999, sendChannelTypeId: 1 },
            { communicationTypeId: 1, sendChannelTypeId: 888 },
          ],
        })
        .expect(422);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual([
        'permissions[0].communicationTypeId',
        'permissions[1].sendChannelTypeId',
      ]);
      expect(
        (await t.http.get('/api/v1/roles/marketer/communication-permissions').set('Authorization', ADMIN_AUTH).expect(200)).body
          .permissions,
      ).toHaveLength(2);
      await t.http
        .put('/api/v1/roles/no-such-role/communication-permissions')
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: [] })
        .expect(404);
      await t.http.get('/api/v1/roles/999999/communication-permissions').set('Authorization', ADMIN_AUTH).expect(404);
      const marketer = await newStaff(t, ['marketer']);
      await t.http
        .put('/api/v1/roles/marketer/communication-permissions')
        .set('Authorization', marketer.auth)
        .send({ permissions: [] })
        .expect(403);
      expect((await events('RoleCommunicationPermissionsAttributeValueChangeEvent')).length).toBeGreaterThan(0);
    });

    it('goes with its role when identity deletes the role', async () => {
      const role = await t.http
        .post('/api/v1/roles')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `sender-${unique()}`, permissions: ['communications:send'] })
        .expect(201);
      await t.http
        .put(`/api/v1/roles/${role.body.name}/communication-permissions`)
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: [{ communicationTypeId: 2, sendChannelTypeId: 3 }] })
        .expect(200);
      await t.http.delete(`/api/v1/roles/${role.body.name}`).set('Authorization', ADMIN_AUTH).expect(204);
      const left = (await t.db.dataSource.query('SELECT COUNT(*) AS n FROM role_communication_permission WHERE role_id = ?', [
        role.body.id,
      ])) as { n: number | string }[];
      expect(Number(left[0].n)).toBe(0);
    });
  });

  describe('rules', () => {
    it('creates a rule with allowed pairs, quiet hours, caps and preference; reads, lists, updates and deletes it', async () => {
      const department = await newDepartment(t, ADMIN_AUTH);
      const created = await t.http
        .post('/api/v1/rules')
        .set('Authorization', ADMIN_AUTH)
        .send({
          departmentId: department.departmentId,
          name: 'Основное правило',
          quietHours: { start: '21:00', end: '09:00' },
          timeZone: 'Europe/Moscow',
          allowed: [
            { communicationTypeId: 4, sendChannelTypeId: 3 },
            { communicationTypeId: 1, sendChannelTypeId: 1 },
          ],
          frequencyCaps: [
            { sendChannelTypeId: 1, period: 'week', maxCount: 2 },
            { sendChannelTypeId: 1, period: 'day', maxCount: 1 },
          ],
          channelPreference: [3, 1],
        })
        .expect(201);
      expect(created.body).toMatchObject({
        name: 'Основное правило',
        active: true,
        department: { departmentId: department.departmentId },
        quietHours: { start: '21:00', end: '09:00' },
        timeZone: 'Europe/Moscow',
        allowed: [
          { communicationTypeId: 1, sendChannelTypeId: 1 },
          { communicationTypeId: 4, sendChannelTypeId: 3 },
        ],
        frequencyCaps: [
          { sendChannelTypeId: 1, period: 'day', maxCount: 1 },
          { sendChannelTypeId: 1, period: 'week', maxCount: 2 },
        ],
        channelPreference: [3, 1],
      });
      const id = created.body.ruleId as number;
      await t.http
        .post('/api/v1/rules')
        .set('Authorization', ADMIN_AUTH)
        .send({ departmentId: department.departmentId, name: 'основное ПРАВИЛО' })
        .expect(409);
      const list = await t.http
        .get('/api/v1/rules')
        .query({ departmentId: department.departmentId, fields: 'ruleId,name,channelPreference' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(list.body).toEqual([{ ruleId: id, name: 'Основное правило', channelPreference: [3, 1] }]);

      const updated = await t.http
        .patch(`/api/v1/rules/${id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', created.headers.etag)
        .send({ quietHours: null, channelPreference: [1, 3, 2], active: false })
        .expect(200);
      expect(updated.body).toMatchObject({
        quietHours: null,
        channelPreference: [1, 3, 2],
        active: false,
        version: 2,
        allowed: created.body.allowed,
      });
      expect((await events('DepartmentRuleStateChangeEvent')).some((e) => JSON.parse(e.payload).rule.ruleId === id)).toBe(true);
      const linesOnly = await t.http.patch(`/api/v1/rules/${id}`).set('Authorization', ADMIN_AUTH).send({ allowed: [] }).expect(200);
      expect(linesOnly.body).toMatchObject({ allowed: [], version: 3 });
      const same = await t.http.patch(`/api/v1/rules/${id}`).set('Authorization', ADMIN_AUTH).send({ allowed: [] }).expect(200);
      expect(same.body.version).toBe(3);

      await t.http.delete(`/api/v1/rules/${id}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.get(`/api/v1/rules/${id}`).set('Authorization', ADMIN_AUTH).expect(404);
      const lines = (await t.db.dataSource.query('SELECT COUNT(*) AS n FROM rule_channel_preference WHERE rule_id = ?', [id])) as {
        n: number | string;
      }[];
      expect(Number(lines[0].n)).toBe(0);
    });

    it('refuses bad rules: unknown refs 422, repeats, bad times and zones 400; nothing is written', async () => {
      const department = await newDepartment(t, ADMIN_AUTH);
      const base = { departmentId: department.departmentId, name: `R ${unique()}` };
      const before = (await t.http.get('/api/v1/rules').set('Authorization', ADMIN_AUTH)).headers['x-total-count'];
      expect(
        (
          await t.http
            .post('/api/v1/rules')
            .set('Authorization', ADMIN_AUTH)
            .send({ ...base, allowed: [{ communicationTypeId: 77, sendChannelTypeId: 1 }] })
            .expect(422)
        ).body.code,
      ).toBe('COMMUNICATION_TYPE_NOT_FOUND');
      expect(
        (
          await t.http
            .post('/api/v1/rules')
            .set('Authorization', ADMIN_AUTH)
            .send({ ...base, channelPreference: [1, 99] })
            .expect(422)
        ).body.code,
      ).toBe('SEND_CHANNEL_TYPE_NOT_FOUND');
      expect(
        (
          await t.http
            .post('/api/v1/rules')
            .set('Authorization', ADMIN_AUTH)
            .send({ ...base, departmentId: 999999 })
            .expect(422)
        ).body.code,
      ).toBe('DEPARTMENT_NOT_FOUND');
      await t.http
        .post('/api/v1/rules')
        .set('Authorization', ADMIN_AUTH)
        .send({ ...base, channelPreference: [1, 1] })
        .expect(400);
      await t.http
        .post('/api/v1/rules')
        .set('Authorization', ADMIN_AUTH)
        .send({
          ...base,
          frequencyCaps: [
            { sendChannelTypeId: 1, period: 'day', maxCount: 1 },
            { sendChannelTypeId: 1, period: 'day', maxCount: 3 },
          ],
        })
        .expect(400);
      await t.http
        .post('/api/v1/rules')
        .set('Authorization', ADMIN_AUTH)
        .send({ ...base, frequencyCaps: [{ sendChannelTypeId: 1, period: 'fortnight', maxCount: 1 }] })
        .expect(400);
      await t.http
        .post('/api/v1/rules')
        .set('Authorization', ADMIN_AUTH)
        .send({ ...base, quietHours: { start: '25:00', end: '09:00' } })
        .expect(400);
      await t.http
        .post('/api/v1/rules')
        .set('Authorization', ADMIN_AUTH)
        .send({ ...base, quietHours: { start: '09:00', end: '09:00' } })
        .expect(400);
      expect(
        (
          await t.http
            .post('/api/v1/rules')
            .set('Authorization', ADMIN_AUTH)
            .send({ ...base, timeZone: 'Mars/Olympus' })
            .expect(400)
        ).body.code,
      ).toBe('UNKNOWN_TIME_ZONE');
      expect((await t.http.get('/api/v1/rules').set('Authorization', ADMIN_AUTH)).headers['x-total-count']).toBe(before);
    });

    it('lets only administrators change organisation records', async () => {
      const department = await newDepartment(t, ADMIN_AUTH);
      const employee = await newEmployee(t, ADMIN_AUTH, department.departmentId);
      await t.http.get('/api/v1/rules').set('Authorization', employee.auth).expect(200);
      await t.http
        .post('/api/v1/rules')
        .set('Authorization', employee.auth)
        .send({ departmentId: department.departmentId, name: 'Моё' })
        .expect(403);
      await t.http.post('/api/v1/companies').set('Authorization', employee.auth).send({ name: 'Моя' }).expect(403);
      await t.http
        .post('/api/v1/employees')
        .set('Authorization', employee.auth)
        .send({ departmentId: department.departmentId, role: 'admin', userId: employee.userId })
        .expect(403);
    });
  });
});
