import { useState } from 'react';
import { hostedInviteMessage } from '@shared/sync/hosting';
import { useOrgUnits } from '../../db/queries';
import { host } from '../../host';
import { describeError } from '../../ui/errors';
import { Field } from '../../ui/Field';

export interface Props {
  addresses: readonly string[];
  invite?: (personId: string) => Promise<{ code: string }>;
}

/**
 * Invite a person of the org tree to the hosted team: the server makes a code (shown only here,
 * once), and the message to send them is ready to copy.
 */
export function HostingInvite({ addresses, invite = (id) => host.hostTeam.invite(id) }: Props) {
  const units = useOrgUnits();
  const people = (units ?? [])
    .filter((u) => u.kind === 'person')
    .sort((a, b) => a.name.localeCompare(b.name));
  const [personId, setPersonId] = useState('');
  const [message, setMessage] = useState<{ name: string; text: string } | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [copied, setCopied] = useState<string | null>(null);
  const chosen = people.find((p) => p.id === personId) ?? people[0];

  const make = async () => {
    if (!chosen) return;
    setCopied(null);
    try {
      const { code } = await invite(chosen.id);
      setProblem(undefined);
      setMessage({ name: chosen.name, text: hostedInviteMessage(chosen.name, addresses, code) });
    } catch (err) {
      setProblem(describeError(err));
    }
  };
  const copy = async () => {
    if (!message) return;
    try {
      await navigator.clipboard.writeText(message.text);
      setCopied('Copied: send it to them by a way only they read.');
    } catch {
      setCopied('Cairn could not copy it: select the text and copy it yourself.');
    }
  };

  if (!people.length)
    return <p className="settings__notice">Add people to the org tree to invite them.</p>;
  return (
    <div className="hosting__invite">
      <h3 className="hosting__heading">Invite a teammate</h3>
      <div className="hosting__invite-row">
        <Field
          label="Person"
          error={problem}
          hint="Inviting someone again replaces their earlier code."
        >
          {(p) => (
            <select {...p} value={chosen?.id ?? ''} onChange={(e) => setPersonId(e.target.value)}>
              {people.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" onClick={() => void make()}>
          Make an invite
        </button>
      </div>
      {message ? (
        <div className="hosting__message">
          <label htmlFor="hosting-invite-text">Invite for {message.name}</label>
          <textarea
            id="hosting-invite-text"
            readOnly
            rows={7}
            value={message.text}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="hosting__actions">
            <span className="settings__notice" role="status">
              {copied ?? 'The code is shown only now.'}
            </span>
            <button type="button" onClick={() => void copy()}>
              Copy invite
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
