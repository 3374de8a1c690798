import { Alert, Box, Button, Card, CardContent, TextField } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { ApiError } from '../../api/api-error';
import { CHANGE_PASSWORD_PATH } from '../../layout/navigation';
import { getProfile, patchProfile, type ProfilePatch } from '../portal-api';
import { LoadState, PortalPage } from '../portal-page';
import { formOf, patchOf, profileFieldOf, type ProfileField, type ProfileForm } from './profile-form';

const PROFILE_KEY = ['portal', 'profile'];

/** What a refused field needs, in words (the server's paths never reach the screen). */
const FIELD_WORDS: Record<ProfileField, { key: string; _: string }> = {
  givenName: { key: 'contactly.portal.profile.errors.name', _: 'Enter your name (at most 100 characters)' },
  familyName: { key: 'contactly.portal.profile.errors.name', _: 'Enter your name (at most 100 characters)' },
  tradingName: { key: 'contactly.portal.profile.errors.tradingName', _: 'Enter the business name' },
  email: { key: 'contactly.portal.profile.errors.email', _: 'Enter a valid email address' },
  phone: { key: 'contactly.portal.profile.errors.phone', _: 'Enter the phone number in international format, e.g. +44 7700 900123' },
};

/** My details: names and the preferred email and phone, saved with the version read (a stale one says so). */
export function ProfilePage() {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const profile = useQuery({ queryKey: PROFILE_KEY, queryFn: ({ signal }) => getProfile(signal) });
  const [form, setForm] = useState<ProfileForm | null>(null);
  const [problem, setProblem] = useState<{ message: string; fields: Partial<Record<ProfileField, string>> } | null>(null);
  const [saving, setSaving] = useState(false);
  const t = (key: string, english: string) => translate(`contactly.portal.profile.${key}`, { _: english });

  useEffect(() => {
    if (profile.data && form === null) setForm(formOf(profile.data.data));
  }, [profile.data, form]);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!profile.data || !form) return;
    const patch: ProfilePatch = patchOf(profile.data.data, form);
    if (Object.keys(patch).length === 0) return;
    setSaving(true);
    setProblem(null);
    try {
      const saved = await patchProfile(patch, profile.data.etag);
      queryClient.setQueryData(PROFILE_KEY, saved);
      setForm(formOf(saved.data));
      notify(t('saved', 'Your details are saved'), { type: 'success' });
    } catch (error) {
      setProblem(problemOf(error, patch));
    } finally {
      setSaving(false);
    }
  };

  const problemOf = (error: unknown, sent: ProfilePatch) => {
    if (!(error instanceof ApiError)) return { message: error instanceof Error ? error.message : String(error), fields: {} };
    if (error.status === 412)
      return {
        message: t('stale', 'Your details were changed elsewhere meanwhile — reload to see them, then make your change again.'),
        fields: {},
      };
    const fields: Partial<Record<ProfileField, string>> = {};
    for (const { field } of error.details) {
      const mine = profileFieldOf(field, sent);
      if (mine) fields[mine] = translate(FIELD_WORDS[mine].key, { _: FIELD_WORDS[mine]._ });
    }
    const message = Object.keys(fields).length ? t('checkFields', 'Check the fields marked below.') : error.message;
    return { message, fields };
  };

  const field = (name: ProfileField, label: string, props: Record<string, unknown> = {}) =>
    form && (
      <TextField
        label={label}
        value={form[name]}
        onChange={(event) => setForm({ ...form, [name]: event.target.value })}
        error={Boolean(problem?.fields[name])}
        helperText={problem?.fields[name] ?? ' '}
        fullWidth
        margin="dense"
        {...props}
      />
    );

  const kind = profile.data?.data['@type'];
  return (
    <PortalPage title={t('title', 'My details')}>
      <LoadState pending={profile.isPending} error={profile.error} retry={() => profile.refetch()} />
      {form && (
        <Card variant="outlined">
          <CardContent component="form" onSubmit={save} noValidate>
            {problem && (
              <Alert
                severity="error"
                role="alert"
                sx={{ mb: 2 }}
                action={
                  problem.fields && Object.keys(problem.fields).length ? undefined : (
                    <Button
                      onClick={() => {
                        setForm(null);
                        setProblem(null);
                        void profile.refetch();
                      }}
                    >
                      {t('reload', 'Reload')}
                    </Button>
                  )
                }
              >
                {problem.message}
              </Alert>
            )}
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}>
              {kind === 'Organization' ? (
                field('tradingName', t('tradingName', 'Business name'), { autoComplete: 'organization' })
              ) : (
                <>
                  {field('givenName', t('givenName', 'First name'), { autoComplete: 'given-name' })}
                  {field('familyName', t('familyName', 'Last name'), { autoComplete: 'family-name' })}
                </>
              )}
              {field('email', t('email', 'Email'), { type: 'email', autoComplete: 'email' })}
              {field('phone', t('phone', 'Phone'), { type: 'tel', autoComplete: 'tel' })}
            </Box>
            <Box sx={{ mt: 1, display: 'flex', flexWrap: 'wrap', gap: 1, justifyContent: 'space-between' }}>
              <Button type="submit" variant="contained" disabled={saving}>
                {saving ? t('saving', 'Saving…') : t('save', 'Save')}
              </Button>
              <Button component={Link} to={CHANGE_PASSWORD_PATH}>
                {t('changePassword', 'Change password')}
              </Button>
            </Box>
          </CardContent>
        </Card>
      )}
    </PortalPage>
  );
}
