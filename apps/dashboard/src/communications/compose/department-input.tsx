import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Department } from '../api-types';
import type { SenderScope } from './sender-scope';

/** Who the send goes out for: an administrator picks the department; an employee sends for their own. */
export function DepartmentInput({
  scope,
  departments,
  value,
  onChange,
  problem,
}: {
  scope: SenderScope;
  departments: Department[];
  value: number | '';
  onChange(id: number | ''): void;
  problem?: string;
}) {
  const translate = useTranslate();
  const label = translate('contactly.compose.department', { _: 'Department' });
  if (scope.kind === 'employee') {
    return (
      <TextField
        label={label}
        value={scope.departmentName}
        margin="dense"
        fullWidth
        slotProps={{ htmlInput: { readOnly: true } }}
        helperText={problem ?? translate('contactly.compose.ownDepartment', { _: 'You send for your own department' })}
        error={Boolean(problem)}
      />
    );
  }
  const own = scope.kind === 'administrator' ? scope.ownDepartmentId : null;
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value === '' ? '' : Number(event.target.value))}
      margin="dense"
      fullWidth
      error={Boolean(problem)}
      helperText={problem ?? translate('contactly.compose.departmentHelp', { _: 'Whose rules, caps and bookings apply' })}
    >
      {own !== null && <MenuItem value="">{translate('contactly.compose.myDepartment', { _: 'My own department' })}</MenuItem>}
      {departments.map((department) => (
        <MenuItem key={department.departmentId} value={department.departmentId}>
          {department.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
