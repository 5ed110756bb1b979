import { useEffect, useState } from 'react';
import type { UpdateStatus } from '@shared/host';
import { updateSettingsSchema } from '@shared/hostSchemas';
import { host } from '../../host';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useUi } from '../../store/ui';

const fail = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Whether Cairn looks for new versions, and where. Off until the person turns it on with a
 * feed address, or an organisation's policy file decides (then it is shown, not editable).
 */
export function UpdatesDialog() {
  const checkOnOpen = useUi((s) => s.updatesCheckOnOpen);
  const close = useUi((s) => s.closeUpdates);
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [form, setForm] = useState({ enabled: false, feedUrl: '' });
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const check = async () => {
    setBusy(true);
    setMessage('Checking…');
    try {
      setMessage((await host.checkForUpdates()).message);
    } catch (e) {
      setMessage(fail(e));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void host.updateStatus().then((s) => {
      setStatus(s);
      setForm({ enabled: s.enabled, feedUrl: s.feedUrl });
      if (checkOnOpen) void check();
    });
  }, [checkOnOpen]);

  const save = async () => {
    const parsed = updateSettingsSchema.safeParse(form);
    if (!parsed.success) {
      setError(`Feed address ${parsed.error.issues[0]?.message ?? 'is not valid'}`);
      return;
    }
    setError(undefined);
    try {
      const s = await host.saveUpdateSettings(parsed.data);
      setStatus(s);
      setMessage(
        s.enabled ? `Updates are on: Cairn checks ${s.feedUrl} daily.` : 'Updates are off.',
      );
    } catch (e) {
      setMessage(fail(e));
    }
  };

  const policy = status?.managedBy === 'policy';
  const editable = !!status && !policy && status.canUpdate;
  return (
    <Dialog title="Updates" onClose={close}>
      <form className="updates" onSubmit={(e) => (e.preventDefault(), void save())}>
        {!status ? <p className="muted">Reading the update setting…</p> : null}
        {status && !status.canUpdate && !policy ? (
          <p>
            Cairn {status.version}. Only an installed copy of Cairn can update itself; in a browser,
            Cairn is updated by whoever serves it.
          </p>
        ) : null}
        {policy ? (
          <p>
            Your organisation sets updates ({status.policyPath}):{' '}
            {status.enabled ? `on, from ${status.feedUrl}` : 'off'}.
            {status.problem
              ? ` The policy file is not valid, so updates stay off: ${status.problem}`
              : ''}
          </p>
        ) : null}
        {editable ? (
          <>
            <p className="muted">
              Cairn {status.version}.{' '}
              {status.enabled
                ? 'Cairn checks the feed below at launch and once a day.'
                : 'While updates are off, Cairn asks nothing of the network.'}
            </p>
            <label className="check">
              <input
                type="checkbox"
                checked={form.enabled}
                onChange={(e) => setForm({ ...form, enabled: e.target.checked })}
              />{' '}
              Check for updates daily and install them when I quit Cairn
            </label>
            <Field
              label="Update feed address"
              error={error}
              hint="A folder of latest*.yml files, e.g. https://updates.example.org/cairn/"
            >
              {(p) => (
                <input
                  {...p}
                  type="url"
                  value={form.feedUrl}
                  onChange={(e) => setForm({ ...form, feedUrl: e.target.value })}
                />
              )}
            </Field>
          </>
        ) : null}
        <p className="updates__message" role="status" aria-live="polite">
          {message}
        </p>
        <div className="dialog__actions">
          <button type="button" onClick={close}>
            Close
          </button>
          {status?.enabled && status.canUpdate ? (
            <button type="button" disabled={busy} onClick={() => void check()}>
              Check now
            </button>
          ) : null}
          {editable ? (
            <button type="submit" className="primary">
              Save
            </button>
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}
