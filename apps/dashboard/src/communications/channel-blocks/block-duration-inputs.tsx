import { BooleanInput, DateTimeInput, FormDataConsumer, required } from 'react-admin';
import { isFuture, parseLocalDateTime } from '../local-date-time';

const inTheFuture = (value: string | null) => (value && !isFuture(value, new Date()) ? 'must be in the future' : undefined);

/** Permanent, or until a date (in the future); a temporary block ends by itself. */
export function BlockDurationInputs() {
  return (
    <>
      <BooleanInput source="permanent" label="Permanent (until lifted)" />
      <FormDataConsumer<{ permanent?: boolean }>>
        {({ formData }) =>
          !formData.permanent && (
            <DateTimeInput
              source="until"
              label="Blocked until"
              parse={parseLocalDateTime}
              validate={[required(), inTheFuture]}
              helperText="Your local time"
            />
          )
        }
      </FormDataConsumer>
    </>
  );
}
