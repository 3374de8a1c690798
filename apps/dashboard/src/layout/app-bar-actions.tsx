import MoreVertIcon from '@mui/icons-material/MoreVert';
import { Box, IconButton, Popover, useMediaQuery, type Theme } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useLocation } from 'react-router';

/**
 * The app bar's actions (who is signed in, change password, sign out…): in the bar on a wide
 * screen; behind a "more" button below the `md` breakpoint, where they would not fit beside the
 * title and the search box, stacked in a menu.
 */
export function AppBarActions({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const collapsed = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { pathname } = useLocation();
  // An action that opens a page (change password) closes the menu.
  useEffect(() => setAnchor(null), [pathname]);

  if (!collapsed) return <>{children}</>;
  return (
    <>
      <IconButton
        color="inherit"
        aria-label={translate('contactly.shell.more', { _: 'More actions' })}
        aria-haspopup="true"
        aria-expanded={Boolean(anchor)}
        onClick={(event) => setAnchor(event.currentTarget)}
        data-testid="app-bar-more"
      >
        <MoreVertIcon />
      </IconButton>
      <Popover
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        {/* The bar's row of controls, stacked: one action a line, full width. */}
        <Box
          sx={{
            p: 1,
            '& > .MuiBox-root': { flexDirection: 'column', alignItems: 'stretch', ml: 0 },
            '& .MuiButton-root': { justifyContent: 'flex-start' },
          }}
        >
          {children}
        </Box>
      </Popover>
    </>
  );
}
