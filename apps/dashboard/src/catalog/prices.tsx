import {
  FormDataConsumer,
  FunctionField,
  NumberInput,
  required,
  SelectInput,
  TextInput,
  useLocaleState,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { CatalogCreate, CatalogEdit, CatalogList, CatalogShow, commonFilters } from './catalog-screens';
import { parseEuros } from './money';
import { describePrice, PRICE_TYPES, RECURRING_PERIODS, type OfferingPrice } from './price-shape';

const TYPE_CHOICES = PRICE_TYPES.map((id) => ({ id, name: `contactly.catalog.price_types.${id}` }));
const PERIOD_CHOICES = RECURRING_PERIODS.map((id) => ({ id, name: `contactly.catalog.periods.${id}` }));

const filters = commonFilters([<SelectInput key="priceType" source="priceType" choices={TYPE_CHOICES} alwaysOn />]);

/** The price in words: `€9.99 / month`, `€0.10 per GB`. */
function PriceText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <FunctionField source="price" render={(record: RaRecord) => describePrice(record as unknown as OfferingPrice, locale, translate)} />
  );
}

/** An amount in euros that is no whole number of cents is said at the input before anything is sent. */
const euros = (value: unknown) => {
  const entry = parseEuros(String(value ?? ''));
  return entry.ok ? undefined : `contactly.catalog.money.${entry.problem}`;
};

/** The amount is typed in euros (`9,99` or `9.99`) and stays whole cents; the period only for recurring prices, the unit only for usage. */
function PriceInputs() {
  return (
    <>
      <SelectInput source="priceType" choices={TYPE_CHOICES} validate={required()} defaultValue="recurring" />
      <TextInput
        source="amountEuros"
        validate={[required(), euros]}
        helperText="contactly.catalog.amount_help"
        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      />
      <NumberInput source="taxRate" min={0} max={100} helperText="contactly.catalog.tax_help" />
      <FormDataConsumer>
        {({ formData }) =>
          formData.priceType === 'recurring' ? (
            <>
              <SelectInput source="recurringChargePeriodType" choices={PERIOD_CHOICES} defaultValue="month" validate={required()} />
              <NumberInput source="recurringChargePeriodLength" min={1} defaultValue={1} />
            </>
          ) : formData.priceType === 'usage' ? (
            <TextInput source="unit" validate={required()} helperText="contactly.catalog.unit_help" />
          ) : null
        }
      </FormDataConsumer>
    </>
  );
}

export const PriceList = () => (
  <CatalogList filters={filters}>
    <PriceText />
  </CatalogList>
);

export const PriceEdit = () => (
  <CatalogEdit>
    <PriceInputs />
  </CatalogEdit>
);

export const PriceCreate = () => (
  <CatalogCreate>
    <PriceInputs />
  </CatalogCreate>
);

export const PriceShow = () => (
  <CatalogShow>
    <PriceText />
  </CatalogShow>
);
