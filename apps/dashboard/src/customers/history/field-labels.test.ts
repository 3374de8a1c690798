import { describe, expect, it } from 'vitest';
import { messages } from '../customer360.messages';
import { FIELD_LABELS, fieldLabel, spelledOut } from './field-labels';

describe('history field labels', () => {
  it('names known attributes in words, never by their key', () => {
    expect(fieldLabel('middleName')).toBe('Middle name');
    expect(fieldLabel('birthDate')).toBe('Date of birth');
    expect(fieldLabel('statusReason')).toBe('Status reason');
  });

  it('spells out an attribute nobody named', () => {
    expect(spelledOut('preferredContactTime')).toBe('Preferred contact time');
    expect(spelledOut('@referredType')).toBe('Referred type');
    expect(spelledOut('bill_format')).toBe('Bill format');
    expect(fieldLabel('someNewField')).toBe('Some new field');
  });

  it('has a Russian label for every attribute it names in English, and the same English', () => {
    const { en, ru } = messages;
    expect(Object.keys(ru.contactly.customer360.history.fields).sort()).toEqual(Object.keys(FIELD_LABELS).sort());
    expect(en.contactly.customer360.history.fields).toEqual(FIELD_LABELS);
    expect(ru.contactly.customer360.history.fields.middleName).toBe('Отчество');
  });
});
