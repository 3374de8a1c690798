import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type User = Schemas['UserDto'];
export type Role = Schemas['RoleDto'];
export type Affiliate = Schemas['AffiliateDto'];
export type Credential = Schemas['CredentialDto'];
export type IssuedCredential = Schemas['IssuedCredentialDto'];
