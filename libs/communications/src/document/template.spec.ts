import { parseTemplate, renderTemplate } from './template.js';

describe('templates', () => {
  it('finds the variables in order of first use, with or without blanks', () => {
    expect(parseTemplate('Здравствуйте, {{firstName}} {{ lastName }}! {{firstName}}, ваш {{client.city}}', 'body')).toEqual({
      variables: ['firstName', 'lastName', 'client.city'],
      problems: [],
    });
  });

  it('has no variables in plain text', () => {
    expect(parseTemplate('Скидка 10% до конца месяца', 'body')).toEqual({ variables: [], problems: [] });
  });

  it.each([
    ['{{first name}}', 'is not a variable name'],
    ['{{}}', 'is not a variable name'],
    ['{{1st}}', 'is not a variable name'],
    ['Hello {{firstName', 'unbalanced'],
    ['Hello firstName}}', 'unbalanced'],
    ['{{a}} }}', 'unbalanced'],
  ])('refuses %p', (text, message) => {
    const { problems } = parseTemplate(text, 'subject');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toEqual({ field: 'subject', message: expect.stringContaining(message) });
  });

  it('renders values, keeping Cyrillic and emoji exactly', () => {
    expect(renderTemplate('Привет, {{ firstName }} 🎉 {{firstName}}!', { firstName: 'Ёлка' })).toEqual({
      text: 'Привет, Ёлка 🎉 Ёлка!',
      missing: [],
    });
  });

  it('leaves a missing variable as written and reports it once', () => {
    expect(renderTemplate('{{a}} {{b}} {{ b }}', { a: '1' })).toEqual({ text: '1 {{b}} {{ b }}', missing: ['b'] });
  });

  it('does not take values Object inherits, and inserts $ patterns literally', () => {
    expect(renderTemplate('{{constructor}}', {})).toEqual({ text: '{{constructor}}', missing: ['constructor'] });
    expect(renderTemplate('{{price}}', { price: "$& $1 $'" }).text).toBe("$& $1 $'");
  });
});
