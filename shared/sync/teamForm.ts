import { normalizeInviteCode } from './invites';
import { checkServerAddress } from './serverAddress';
import { workspaceNameProblem, type WorkspaceList } from '../workspaces';

/** What a person fills in to join a team or share a workspace with one. */
export interface TeamForm {
  name: string;
  serverAddress: string;
  allowUnencrypted: boolean;
  inviteCode: string;
}

export type TeamFormCheck =
  | { ok: true; name: string; serverUrl: string; inviteCode: string }
  | {
      ok: false;
      errors: Partial<Record<'name' | 'serverAddress' | 'inviteCode', string>>;
      /** Ticking "Connect without encryption" would accept the address. */
      needsUnencryptedConsent: boolean;
    };

/** Checks every field at once, so the person sees all that is wrong in one go. */
export function checkTeamForm(form: TeamForm, list: WorkspaceList): TeamFormCheck {
  const errors: Partial<Record<'name' | 'serverAddress' | 'inviteCode', string>> = {};
  const nameProblem = workspaceNameProblem(form.name, list);
  if (nameProblem) errors.name = nameProblem;
  const address = checkServerAddress(form.serverAddress, form.allowUnencrypted);
  if (!address.ok) errors.serverAddress = address.message;
  const code = normalizeInviteCode(form.inviteCode);
  if (!form.inviteCode.trim()) errors.inviteCode = 'Enter the invite code the team sent you.';
  else if (!code)
    errors.inviteCode =
      'That is not an invite code: a code has 25 letters and digits, such as 7G2KQ-M4XRA-…';
  if (address.ok && code && !nameProblem)
    return { ok: true, name: form.name.trim(), serverUrl: address.url, inviteCode: code };
  return {
    ok: false,
    errors,
    needsUnencryptedConsent: !address.ok && !!address.needsUnencryptedConsent,
  };
}
