import { MenuItem } from '@mui/material';
import { listOptions, type PersonLists, withCurrent } from './person-lists';

/**
 * The options of a gender or nationality select (MUI's select wants its MenuItems as direct
 * children, hence a function): "not specified", the list in the locale, and a stored value the
 * list lacks, so it still shows.
 */
export function personListItems(
  lists: PersonLists | undefined,
  list: 'genders' | 'nationalities',
  locale: string,
  current: string,
  notSpecified: string,
) {
  const options = withCurrent(listOptions(lists?.[list] ?? [], locale, list === 'nationalities'), current);
  return [
    <MenuItem key="" value="">
      {notSpecified}
    </MenuItem>,
    ...options.map((option) => (
      <MenuItem key={option.value} value={option.value}>
        {option.label}
      </MenuItem>
    )),
  ];
}
