import { expect, type Page } from '@playwright/test';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Picks an option of a select (react-admin's or MUI's) by the option's text; the select's name
 * starts with `label` (a select's accessible name ends with what it holds). A list that refetches
 * while its menu is open re-renders the menu and detaches the option under the pointer, so the
 * pick is retried until the select shows the option.
 */
export async function choose(page: Page, label: string, option: string) {
  const select = page.getByRole('combobox', { name: new RegExp(`^${escaped(label)}`) });
  const listbox = page.getByRole('listbox');
  await expect(async () => {
    if (!(await listbox.isVisible())) await select.click();
    await page.getByRole('option', { name: option, exact: true }).click({ timeout: 3_000 });
    await expect(select).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}
