import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { CheckboxGroupInput, useTranslate } from 'react-admin';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

type Permission = components['schemas']['PermissionDto'];

const permissionLabel = (permission: Permission) => (
  <span>
    <strong>{permission.name}</strong> — {permission.description}
  </span>
);

/** A checkbox for every permission of GET /api/v1/permissions, with what it allows. */
export function PermissionEditor({ disabled = false, helperText }: { disabled?: boolean; helperText?: string }) {
  const translate = useTranslate();
  const catalogue = useQuery({
    queryKey: ['permissions'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/permissions', { signal })),
    staleTime: Infinity,
  });
  if (catalogue.error)
    return (
      <Alert severity="error">{translate('contactly.admin.roles.permissions_load_failed', { reason: catalogue.error.message })}</Alert>
    );
  return (
    <CheckboxGroupInput
      source="permissions"
      choices={catalogue.data ?? []}
      optionValue="name"
      optionText={permissionLabel}
      translateChoice={false}
      isPending={catalogue.isPending}
      row={false}
      disabled={disabled}
      helperText={helperText}
    />
  );
}
