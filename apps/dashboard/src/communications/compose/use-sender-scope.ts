import { useQuery } from '@tanstack/react-query';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import { findEmployee, roleSendPermissions } from './compose-api';
import type { SenderScope } from './sender-scope';

/**
 * What the signed-in person may send, read from the API: their employee record (department, role)
 * and the pairs their role permits. Whatever cannot be read leaves the choice to the server.
 */
export function useSenderScope(): { scope: SenderScope | undefined; isPending: boolean } {
  const principal = useSignedInPrincipal();
  const administrator = hasPermission(principal, 'communications:admin');
  const employee = useQuery({
    queryKey: ['sending', 'employee', principal.username],
    queryFn: ({ signal }) => findEmployee(principal.username, signal),
    staleTime: 60_000,
    retry: false,
  });
  const roleName = employee.data?.role?.name ?? null;
  const pairs = useQuery({
    queryKey: ['sending', 'role-permissions', roleName],
    queryFn: ({ signal }) => roleSendPermissions(roleName as string, signal),
    enabled: !administrator && roleName !== null,
    staleTime: 60_000,
    retry: false,
  });

  if (employee.isPending) return { scope: undefined, isPending: true };
  if (administrator)
    return { scope: { kind: 'administrator', ownDepartmentId: employee.data?.department.departmentId ?? null }, isPending: false };
  if (employee.error) return { scope: { kind: 'unknown' }, isPending: false };
  if (!employee.data) return { scope: { kind: 'not-an-employee' }, isPending: false };
  const { department } = employee.data;
  if (roleName === null)
    return {
      scope: { kind: 'employee', departmentId: department.departmentId, departmentName: department.name, roleName: null, pairs: [] },
      isPending: false,
    };
  if (pairs.isPending) return { scope: undefined, isPending: true };
  if (pairs.error) return { scope: { kind: 'unknown' }, isPending: false };
  return {
    scope: { kind: 'employee', departmentId: department.departmentId, departmentName: department.name, roleName, pairs: pairs.data },
    isPending: false,
  };
}
