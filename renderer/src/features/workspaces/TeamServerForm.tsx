import { useState, type ReactNode } from 'react';
import { checkServerAddress } from '@shared/sync/serverAddress';
import { checkTeamForm, type TeamForm } from '@shared/sync/teamForm';
import { workspaceNameProblem } from '@shared/workspaces';
import { useUi } from '../../store/ui';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import type { CheckedTeamForm, TeamOutcome } from '../../workspaces/teamWorkspaces';
import { ServerChoice, type Person, type ServerPlace } from './ServerChoice';
import './workspaces.css';

export interface Props {
  title: string;
  intro: ReactNode;
  confirm: string;
  defaultName: string;
  /** Runs once every field is valid; a refusal's message is shown in the dialog. */
  onSubmit: (form: CheckedTeamForm) => Promise<TeamOutcome>;
  /** Share only: "Host on this computer" as the server, then no address or code is asked. */
  hostHere?: {
    unavailable: string | null;
    people: Person[];
    defaultPersonId: string;
    onSubmit(name: string, personId: string): Promise<TeamOutcome>;
  };
}

type Errors = Partial<Record<'name' | 'serverAddress' | 'inviteCode' | 'person', string>>;

/**
 * The form Join a team and Share this workspace have in common: a name for the new workspace,
 * the server's address and an invite code. Every field is checked before the server is asked;
 * once a workspace is made, the window reloads into it.
 */
export function TeamServerForm({ title, intro, confirm, defaultName, onSubmit, hostHere }: Props) {
  const close = () => useUi.getState().openWorkspaceDialog(null);
  const list = useUi((s) => s.workspaceList);
  const [form, setForm] = useState<TeamForm>({
    name: defaultName,
    serverAddress: '',
    allowUnencrypted: false,
    inviteCode: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [place, setPlace] = useState<ServerPlace>('server');
  const [personId, setPersonId] = useState(hostHere?.defaultPersonId ?? '');
  const here = place === 'here' && !!hostHere;
  const unencrypted =
    form.allowUnencrypted || !!checkServerAddress(form.serverAddress).needsUnencryptedConsent;
  const edit = (patch: Partial<TeamForm>) => {
    setForm({ ...form, ...patch });
    setRefusal(null);
  };
  const finish = async (work: () => Promise<TeamOutcome>) => {
    setErrors({});
    setBusy(true);
    const outcome = await work().catch((err: unknown): TeamOutcome => ({
      ok: false,
      message: err instanceof Error ? err.message : String(err),
    }));
    if (outcome.ok) {
      window.location.reload();
      return;
    }
    setBusy(false);
    setRefusal(outcome.message);
  };
  const submit = async () => {
    if (here) {
      const nameProblem = workspaceNameProblem(form.name, list);
      const person = hostHere.people.find((p) => p.id === personId);
      if (nameProblem || !person) {
        setErrors({
          ...(nameProblem ? { name: nameProblem } : {}),
          ...(person ? {} : { person: 'Choose who you are in the org tree.' }),
        });
        return;
      }
      return finish(() => hostHere.onSubmit(form.name.trim(), person.id));
    }
    const checked = checkTeamForm(form, list);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    return finish(() => onSubmit(checked));
  };
  return (
    <Dialog title={title} onClose={close}>
      <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        <div className="dialog__intro muted">{intro}</div>
        <Field label="Workspace name" error={errors.name}>
          {(p) => (
            <input {...p} value={form.name} onChange={(e) => edit({ name: e.target.value })} />
          )}
        </Field>
        {hostHere ? (
          <ServerChoice
            place={place}
            onPlace={(p) => (setPlace(p), setRefusal(null))}
            unavailable={hostHere.unavailable}
            people={hostHere.people}
            personId={personId}
            onPerson={setPersonId}
            error={errors.person}
          />
        ) : null}
        {here ? null : (
          <>
            <Field
              label="Server address"
              error={errors.serverAddress}
              hint="Such as wss://team.example.org, from whoever runs your team's server."
            >
              {(p) => (
                <input
                  {...p}
                  value={form.serverAddress}
                  inputMode="url"
                  spellCheck={false}
                  autoComplete="off"
                  placeholder="wss://"
                  onChange={(e) => edit({ serverAddress: e.target.value })}
                />
              )}
            </Field>
            {unencrypted ? (
              <label className="check team-form__unencrypted">
                <input
                  type="checkbox"
                  checked={form.allowUnencrypted}
                  onChange={(e) => edit({ allowUnencrypted: e.target.checked })}
                />
                <span>
                  Connect without encryption — anyone on the network can read the invite code and
                  the team&apos;s plans
                </span>
              </label>
            ) : null}
            <Field label="Invite code" error={errors.inviteCode}>
              {(p) => (
                <input
                  {...p}
                  value={form.inviteCode}
                  spellCheck={false}
                  autoComplete="off"
                  placeholder="XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"
                  onChange={(e) => edit({ inviteCode: e.target.value })}
                />
              )}
            </Field>
          </>
        )}
        <DialogActions
          error={refusal}
          onCancel={close}
          confirm={busy ? (here ? 'Starting the server…' : 'Asking the server…') : confirm}
          disabled={busy}
        />
      </form>
    </Dialog>
  );
}
