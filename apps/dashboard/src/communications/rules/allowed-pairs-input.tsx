import { Alert, FormHelperText, FormLabel, LinearProgress, Stack } from '@mui/material';
import { useMemo } from 'react';
import { useInput, useTranslate } from 'react-admin';
import type { TypeChannel } from '../api-types';
import { pairsOf, selectionOf } from '../role-permissions/permission-matrix';
import { TypeChannelMatrix } from '../role-permissions/type-channel-matrix';
import { useCatalogs } from '../role-permissions/use-catalogs';

/** The type × channel pairs a rule allows, as a matrix of checkboxes. */
export function AllowedPairsInput() {
  const translate = useTranslate();
  const { field, fieldState } = useInput<TypeChannel[]>({ source: 'allowed', defaultValue: [] });
  const catalogs = useCatalogs();
  const selection = useMemo(() => selectionOf(field.value ?? []), [field.value]);
  return (
    <Stack sx={{ my: 1 }} role="group" aria-labelledby="allowed-pairs-label">
      <FormLabel id="allowed-pairs-label">{translate('Allowed types on channels')}</FormLabel>
      {catalogs.isPending && <LinearProgress aria-label={translate('Loading the types and channels')} />}
      {catalogs.problem && <Alert severity="error">{catalogs.problem}</Alert>}
      {!catalogs.isPending && !catalogs.problem && (
        <TypeChannelMatrix
          types={catalogs.types}
          channels={catalogs.channels}
          selection={selection}
          onChange={(next) => field.onChange(pairsOf(next))}
          meaning="allowed"
        />
      )}
      <FormHelperText error={fieldState.invalid}>
        {fieldState.error?.message
          ? translate(fieldState.error.message)
          : translate('The department may send only the checked types on the checked channels.')}
      </FormHelperText>
    </Stack>
  );
}
