import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ReferenceData, RequirePermissions } from '@contactly/platform';
import { GENDERS, NATIONALITIES } from '../party/person-lists.js';
import { PhoneNumbers } from '../phone/phone-numbers.js';

class LocalizedNamesView {
  @ApiProperty({ example: 'United Kingdom' }) en: string;
  @ApiProperty({ example: 'Великобритания' }) ru: string;
}

class ListEntryView {
  @ApiProperty({ example: 'GB' }) code: string;
  @ApiProperty({ type: LocalizedNamesView }) name: LocalizedNamesView;
}

class PersonListsView {
  @ApiProperty({ type: [ListEntryView], description: 'The values of an Individual’s `gender`' }) genders: ListEntryView[];
  @ApiProperty({ type: [ListEntryView], description: 'The values of an Individual’s `nationality`: ISO 3166-1 alpha-2, by English name' })
  nationalities: ListEntryView[];
  @ApiProperty({ example: 'GB', description: 'DEFAULT_PHONE_REGION: the country a phone number without a country code belongs to' })
  defaultPhoneRegion: string;
}

const GENDER_NAMES: Record<(typeof GENDERS)[number], LocalizedNamesView> = {
  female: { en: 'Female', ru: 'Женский' },
  male: { en: 'Male', ru: 'Мужской' },
  other: { en: 'Other', ru: 'Другой' },
  undisclosed: { en: 'Prefers not to say', ru: 'Не указан' },
};

/** Built once: the lists never change while the server runs. */
function personLists(defaultPhoneRegion: string): PersonListsView {
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const ru = new Intl.DisplayNames(['ru'], { type: 'region' });
  return {
    genders: GENDERS.map((code) => ({ code, name: GENDER_NAMES[code] })),
    nationalities: NATIONALITIES.map((code) => ({ code, name: { en: en.of(code) ?? code, ru: ru.of(code) ?? code } })).sort((a, b) =>
      a.name.en.localeCompare(b.name.en, 'en'),
    ),
    defaultPhoneRegion,
  };
}

@ApiTags('customers')
@Controller('api/v1/customers/reference-lists')
export class ReferenceListsController {
  private readonly lists: PersonListsView;

  constructor(phones: PhoneNumbers) {
    this.lists = personLists(phones.region);
  }

  @Get('person')
  @ReferenceData()
  @RequirePermissions()
  @ApiOperation({
    summary: 'The lists an Individual’s gender and nationality come from (names in English and Russian), and the default phone region',
    description: 'Any other value of `gender` or `nationality` is refused (400) by the party and profile routes.',
  })
  @ApiOkResponse({ type: PersonListsView })
  person(): PersonListsView {
    return this.lists;
  }
}
