import { useId } from 'react';
import { Field } from '../../ui/Field';

export interface Person {
  id: string;
  name: string;
}

export type ServerPlace = 'server' | 'here';

export interface Props {
  place: ServerPlace;
  onPlace(place: ServerPlace): void;
  /** Why hosting here cannot be chosen (the browser build), or null. */
  unavailable: string | null;
  people: Person[];
  personId: string;
  onPerson(id: string): void;
  error?: string;
}

/** The server CLI's command making `personId` the team's first admin (README: Team sync — server). */
export const adminInviteCommand = (personId: string): string =>
  `npm run server -- invite --data ./team.sqlite --person ${personId || '<person id>'} --admin`;

/** Share this workspace: to a team server elsewhere, or to one this computer hosts. */
export function ServerChoice({
  place,
  onPlace,
  unavailable,
  people,
  personId,
  onPerson,
  error,
}: Props) {
  const reasonId = useId();
  const commandId = useId();
  return (
    <>
      <fieldset className="team-form__choice">
        <legend>Server</legend>
        <label className="check">
          <input
            type="radio"
            name="server-place"
            checked={place === 'server'}
            onChange={() => onPlace('server')}
          />
          <span>A team server — its address and your admin invite code</span>
        </label>
        <label className="check">
          <input
            type="radio"
            name="server-place"
            checked={place === 'here'}
            disabled={!!unavailable}
            aria-describedby={unavailable ? reasonId : undefined}
            onChange={() => onPlace('here')}
          />
          <span>Host on this computer</span>
        </label>
        {unavailable ? (
          <p id={reasonId} className="field__hint">
            {unavailable}
          </p>
        ) : null}
      </fieldset>
      <Field
        label="You are"
        error={error}
        hint="The person of the org tree you are: the team's first admin."
      >
        {(p) => (
          <select {...p} value={personId} onChange={(e) => onPerson(e.target.value)}>
            {people.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {place === 'here' ? (
        <p className="muted team-form__here">
          Cairn starts the team server on this computer, invites you as its admin and uploads a copy
          of this workspace. Teammates on your network join at the address shown in Settings › Host
          a team on this computer — unencrypted, so only on a network you trust.
        </p>
      ) : (
        // The server's CLI invites by person id, which the app shows nowhere else: give the
        // exact command for the person chosen, to run where the server's data lives.
        <div className="team-form__here">
          <label className="muted" htmlFor={commandId}>
            On the server&apos;s computer, invite yourself as its admin:
          </label>
          <textarea
            id={commandId}
            className="team-form__command"
            readOnly
            rows={2}
            spellCheck={false}
            value={adminInviteCommand(personId)}
          />
        </div>
      )}
    </>
  );
}
