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
      {place === 'here' ? (
        <>
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
          <p className="muted team-form__here">
            Cairn starts the team server on this computer, invites you as its admin and uploads a
            copy of this workspace. Teammates on your network join at the address shown in Settings
            › Host a team on this computer — unencrypted, so only on a network you trust.
          </p>
        </>
      ) : null}
    </>
  );
}
