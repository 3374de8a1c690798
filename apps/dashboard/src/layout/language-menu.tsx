import TranslateIcon from '@mui/icons-material/Translate';
import { Button, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useLocaleChoice } from '../i18n/locale-choice';
import { LOCALES } from '../i18n/locales';

/** The app bar's language switcher; the choice is saved to the signed-in user's account. */
export function LanguageMenu() {
  const translate = useTranslate();
  const [locale, choose] = useLocaleChoice();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color="inherit"
        size="small"
        startIcon={<TranslateIcon />}
        aria-label={translate('contactly.common.language', { _: 'Language' })}
        aria-haspopup="menu"
        data-testid="language-switcher"
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {locale.toUpperCase()}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {LOCALES.map(({ locale: value, name }) => (
          <MenuItem
            key={value}
            lang={value}
            selected={value === locale}
            data-testid={`language-${value}`}
            onClick={() => {
              setAnchor(null);
              choose(value);
            }}
          >
            {name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
