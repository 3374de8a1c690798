import { Autocomplete, type AutocompleteRenderInputParams, TextField } from '@mui/material';
import { useState } from 'react';
import { FieldTitle, InputHelperText, useInput, type Validator } from 'react-admin';
import { type ClientOption, clientOptionById, mergedOptions } from './client-option';
import { useClientSearch } from './use-client-search';
import { translateNow as t } from '../../i18n/i18n-provider';

interface ClientInputProps {
  source: string;
  label: string;
  helperText?: string;
  validate?: Validator | Validator[];
}

/** What both pickers share: searching as one types, and the text field with the form's errors. */
function useClientPicker({ source, label, helperText }: ClientInputProps, input: ReturnType<typeof useInput>) {
  const [text, setText] = useState('');
  const search = useClientSearch(text);
  return {
    search,
    common: {
      id: input.id,
      filterOptions: (options: ClientOption[]) => options,
      getOptionLabel: (option: ClientOption) => option.label,
      isOptionEqualToValue: (a: ClientOption, b: ClientOption) => a.clientId === b.clientId,
      loading: search.loading,
      onInputChange: (_: unknown, typed: string, reason: string) => reason === 'input' && setText(typed),
      onBlur: input.field.onBlur,
      noOptionsText: t(text ? 'No client matches' : 'Type a name, email, phone or id'),
      renderInput: (params: AutocompleteRenderInputParams) => (
        <TextField
          {...params}
          label={<FieldTitle label={label} source={source} isRequired={input.isRequired} />}
          error={input.fieldState.invalid}
          helperText={<InputHelperText error={input.fieldState.error?.message ?? search.problem} helperText={helperText} />}
          margin="dense"
        />
      ),
    },
  };
}

/** One client (its id in the form), picked by searching the customers. */
export function ClientInput(props: ClientInputProps) {
  const input = useInput<number | null>({ source: props.source, validate: props.validate, defaultValue: null });
  const { search, common } = useClientPicker(props, input);
  const [known, setKnown] = useState<ClientOption | null>(null);
  const clientId = input.field.value as number | null;
  const value = clientId ? (known?.clientId === clientId ? known : clientOptionById(clientId)) : null;
  return (
    <Autocomplete<ClientOption>
      {...common}
      sx={{ width: 420, maxWidth: '100%' }}
      options={mergedOptions(value ? [value] : [], search.options)}
      value={value}
      onChange={(_, chosen) => {
        setKnown(chosen);
        input.field.onChange(chosen?.clientId ?? null);
      }}
    />
  );
}

/** Several clients (their ids in the form), picked by searching the customers. */
export function ClientsInput(props: ClientInputProps) {
  const input = useInput<number[]>({ source: props.source, validate: props.validate, defaultValue: [] });
  const { search, common } = useClientPicker(props, input);
  const [known, setKnown] = useState<Map<number, ClientOption>>(new Map());
  const value = ((input.field.value as number[] | null) ?? []).map((clientId) => known.get(clientId) ?? clientOptionById(clientId));
  return (
    <Autocomplete<ClientOption, true>
      {...common}
      multiple
      sx={{ width: 560, maxWidth: '100%' }}
      options={mergedOptions(value, search.options)}
      value={value}
      onChange={(_, chosen) => {
        setKnown(new Map(chosen.map((option) => [option.clientId, option])));
        input.field.onChange(chosen.map((option) => option.clientId));
      }}
    />
  );
}
