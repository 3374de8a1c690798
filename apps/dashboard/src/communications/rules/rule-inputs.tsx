import { Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import type { CapPeriod } from '../api-types';
import { ReferenceSelect } from '../reference-choices';
import { AllowedPairsInput } from './allowed-pairs-input';
import { timeZoneChoices } from './time-zones';

const PERIOD_CHOICES: { id: CapPeriod; name: string }[] = [
  { id: 'hour', name: 'per hour' },
  { id: 'day', name: 'per day' },
  { id: 'week', name: 'per week' },
  { id: 'month', name: 'per month' },
];

const TIME_ZONES = timeZoneChoices();

/** The attributes of a sending rule, the same on create and edit (its department is chosen on create). */
export function RuleInputs() {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="name" validate={required()} helperText="Unique within the department" />
      <TextInput source="description" multiline />
      <BooleanInput source="active" helperText="Only active rules allow sending" />
      <AllowedPairsInput />

      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        {translate('Quiet hours')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Nothing is sent between these local times (it waits until they end); leave both empty for none.
      </Typography>
      <TextInput source="quietHours.start" label="From" type="time" slotProps={{ inputLabel: { shrink: true } }} />
      <TextInput source="quietHours.end" label="Until" type="time" slotProps={{ inputLabel: { shrink: true } }} />
      <AutocompleteInput
        source="timeZone"
        label="Time zone"
        choices={TIME_ZONES}
        helperText="For clients whose own time zone is not known"
      />

      <ArrayInput
        source="frequencyCaps"
        label="Frequency caps"
        helperText="At most so many communications to one client on a channel within a period"
      >
        <SimpleFormIterator inline disableReordering>
          <ReferenceSelect source="sendChannelTypeId" reference="send_channel_types" label={translate('Channel')} validate={required()} />
          <NumberInput source="maxCount" label="At most" min={1} max={10000} step={1} validate={required()} />
          <SelectInput source="period" choices={PERIOD_CHOICES} validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>

      <ArrayInput
        source="channelPreference"
        label="Channel preference"
        helperText="When several channels may reach a client, the first of these is used"
      >
        <SimpleFormIterator inline>
          <ReferenceSelect source="sendChannelTypeId" reference="send_channel_types" label={translate('Channel')} validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
