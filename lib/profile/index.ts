import type { OpenAPIDocument } from '../openapi/types';
import { genericProfile } from './generic';
import type { Profile } from './profile';
import { usesWingfieldConventions, wingfieldProfile } from './wingfield';

/** The profile whose conventions the (dereferenced) document follows; the generic one otherwise. */
export function selectProfile(document: OpenAPIDocument): Profile {
  return usesWingfieldConventions(document) ? wingfieldProfile : genericProfile;
}

export type { CredentialText, ErrorGuidance, ErrorRow, FaultResult, Profile, Reproduction, RequestShape } from './profile';
export { genericProfile } from './generic';
export { wingfieldProfile } from './wingfield';

/** Where the document's error handling is explained, and the body its errors share; the generic answer when the profile has none. */
export function errorHandlingOf(profile: Profile): NonNullable<Profile['errorHandling']> {
  return profile.errorHandling ?? { guide: '#errors', envelope: '{ "error": { "type" } }' };
}
