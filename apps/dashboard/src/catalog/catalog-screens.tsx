import type { ReactElement, ReactNode } from 'react';
import {
  Create,
  Datagrid,
  Edit,
  List,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  Toolbar,
  SaveButton,
  DeleteWithConfirmButton,
} from 'react-admin';
import { hasPermission } from '../auth/principal';
import { LocaleDateTimeField } from '../i18n/locale-date-field';
import { useSignedInPrincipal } from '../auth/session-context';
import { LIFECYCLE_STATUSES, LIFECYCLE_LABELS } from './lifecycle';
import { LifecycleActions, LifecycleField } from './lifecycle-actions';

/** Whether the signed-in user may change the catalog (the API checks catalog:write too). */
export const useCatalogWritable = () => hasPermission(useSignedInPrincipal(), 'catalog:write');

/** The lifecycle statuses as choices of a select (translated by react-admin). */
export const LIFECYCLE_CHOICES = LIFECYCLE_STATUSES.map((id) => ({
  id,
  name: `contactly.catalog.lifecycle.${id}`,
  _: LIFECYCLE_LABELS[id],
}));

/** The filters every catalog list has: by name and by lifecycle status. */
export const commonFilters = (more: ReactElement[] = []) => [
  <TextInput key="name" source="name" alwaysOn />,
  <SelectInput key="lifecycleStatus" source="lifecycleStatus" choices={LIFECYCLE_CHOICES} alwaysOn />,
  ...more,
];

interface CatalogListProps {
  filters?: ReactElement[];
  children: ReactNode;
}

/** A catalog list: name first, the resource's own columns, then the lifecycle status and the last change; newest change first. */
export function CatalogList({ filters, children }: CatalogListProps) {
  const writable = useCatalogWritable();
  return (
    <List filters={filters ?? commonFilters()} sort={{ field: 'lastUpdate', order: 'DESC' }}>
      <Datagrid rowClick={writable ? 'edit' : 'show'} bulkActionButtons={false}>
        <TextField source="name" />
        {children}
        <LifecycleField source="lifecycleStatus" />
        <LocaleDateTimeField source="lastUpdate" />
      </Datagrid>
    </List>
  );
}

/** Save, and delete after a confirmation; both wait for the server, so a refusal (409 naming what still uses it) shows at once. */
const CatalogToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
    <SaveButton />
    <DeleteWithConfirmButton mutationMode="pessimistic" />
  </Toolbar>
);

/** The edit screen: the lifecycle buttons (only the allowed next states) above the resource's form. */
export function CatalogEdit({ children }: { children: ReactNode }) {
  return (
    <Edit mutationMode="pessimistic" redirect={false}>
      <LifecycleActions writable />
      <SimpleForm toolbar={<CatalogToolbar />}>
        <TextInput source="name" required fullWidth />
        <TextInput source="description" multiline fullWidth />
        {children}
        <TextInput source="version" helperText="contactly.catalog.version_help" />
      </SimpleForm>
    </Edit>
  );
}

/** A new entry starts in study (the API's first lifecycle status). */
export function CatalogCreate({ children }: { children: ReactNode }) {
  return (
    <Create redirect="edit">
      <SimpleForm>
        <TextInput source="name" required fullWidth />
        <TextInput source="description" multiline fullWidth />
        {children}
        <TextInput source="version" helperText="contactly.catalog.version_help" />
      </SimpleForm>
    </Create>
  );
}

/** What readers without catalog:write see: the entry, read only, with its lifecycle status. */
export function CatalogShow({ children }: { children: ReactNode }) {
  return (
    <Show>
      <LifecycleActions writable={false} />
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="description" emptyText="—" />
        {children}
        <LocaleDateTimeField source="lastUpdate" />
      </SimpleShowLayout>
    </Show>
  );
}
