import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

const credentialsKey = (affiliateId: number) => ['affiliates', affiliateId, 'credentials'];

/** The API credentials of one affiliate, and issuing and revoking them. */
export function useAffiliateCredentials(affiliateId: number) {
  const queryClient = useQueryClient();
  const path = { id: affiliateId };
  const refresh = () => queryClient.invalidateQueries({ queryKey: credentialsKey(affiliateId) });

  const list = useQuery({
    queryKey: credentialsKey(affiliateId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/affiliates/{id}/credentials', { params: { path }, signal })),
  });
  const issue = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/affiliates/{id}/credentials', { params: { path } })),
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: (userId: number) =>
      unwrap(api.DELETE('/api/v1/affiliates/{id}/credentials/{userId}', { params: { path: { ...path, userId } } })),
    onSettled: refresh,
  });
  return { list, issue, revoke };
}
