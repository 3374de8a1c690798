/**
 * Templates: text with `{{variable}}` placeholders (`{{ firstName }}`, `{{client.city}}`). A
 * placeholder that is not a well-formed name, or a `{{` left open, makes the template invalid, so
 * mistakes show when the document is saved rather than when thousands of messages go out.
 */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export interface TemplateProblem {
  /** Where it is, e.g. `body` or `subject`. */
  field: string;
  message: string;
}

/** The variables a template uses, in order of first use; problems when it is malformed. */
export function parseTemplate(text: string, field: string): { variables: string[]; problems: TemplateProblem[] } {
  const variables: string[] = [];
  const problems: TemplateProblem[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1].trim();
    if (!VARIABLE.test(name))
      problems.push({ field, message: `{{${match[1]}}} is not a variable name (letters, digits, _ and dots, e.g. {{firstName}})` });
    else if (!variables.includes(name)) variables.push(name);
  }
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) problems.push({ field, message: 'has an unbalanced {{ or }}' });
  return { variables, problems };
}

/** Fills the placeholders; a variable without a value stays as written and is reported missing. */
export function renderTemplate(text: string, values: Readonly<Record<string, string>>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const rendered = text.replace(PLACEHOLDER, (whole, raw: string) => {
    const name = raw.trim();
    if (Object.hasOwn(values, name)) return values[name];
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text: rendered, missing };
}
