import { ReferenceInput, SelectInput, type SelectInputProps } from 'react-admin';

interface ReferenceSelectProps extends Omit<SelectInputProps, 'source' | 'choices'> {
  source: string;
  reference: string;
}

/**
 * A pick among a catalog's records by name (companies, departments, types, channels…): small
 * lists, read whole (the API pages up to 1000). The communications lists filter by exact name
 * only, so a type-ahead would have nothing to search with.
 */
export function ReferenceSelect({ source, reference, ...select }: ReferenceSelectProps) {
  return (
    <ReferenceInput source={source} reference={reference} perPage={1000} sort={{ field: 'name', order: 'ASC' }}>
      <SelectInput optionText="name" {...select} />
    </ReferenceInput>
  );
}
