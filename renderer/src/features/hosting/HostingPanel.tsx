import { useState } from 'react';
import type { HostingStatus } from '@shared/host';
import { hostPortSchema } from '@shared/hostSchemas';
import { HOSTING_UNENCRYPTED } from '@shared/sync/hosting';
import { Field } from '../../ui/Field';
import { HostingInvite } from './HostingInvite';
import type { Hosting } from './useHosting';
import './hosting.css';

export interface Props {
  hosting: Hosting;
}

function statusLine(s: HostingStatus): string {
  switch (s.state) {
    case 'running':
      return `Hosting on port ${s.port} · ${s.members === 1 ? '1 member' : `${s.members} members`} invited.`;
    case 'starting':
      return 'Starting the team server…';
    case 'failed':
      return s.problem ?? 'The team server stopped.';
    case 'unavailable':
      return s.problem ?? 'Hosting needs the desktop app.';
    default:
      return s.leftOn ? 'Not hosting yet.' : 'Not hosting.';
  }
}

/** Settings › Host a team on this computer: start and stop, the address to give, invites. */
export function HostingPanel({ hosting }: Props) {
  const { status, busy, start, stop } = hosting;
  const [port, setPort] = useState<string | null>(null);
  const [portError, setPortError] = useState<string | undefined>();
  if (!status) return null;
  const running = status.state === 'running';
  const portText = port ?? String(status.port);
  const submitStart = () => {
    const parsed = hostPortSchema.safeParse(/^\d+$/.test(portText.trim()) ? Number(portText) : NaN);
    if (!parsed.success) {
      setPortError('The port must be a whole number between 1024 and 65535.');
      return;
    }
    setPortError(undefined);
    void start({ port: parsed.data });
  };
  return (
    <section className="settings__group hosting" aria-labelledby="hosting-title">
      <h2 id="hosting-title" className="hosting__title">
        Host a team on this computer
      </h2>
      <p className="settings__notice">
        Cairn runs your team&apos;s server itself, so a small team needs no server to buy: teammates
        on your network join it while Cairn is open here. Hosting left on starts again when you open
        Cairn.
      </p>
      <p
        role="status"
        className={`hosting__status${status.state === 'failed' || status.state === 'unavailable' ? ' settings__notice--off' : ''}`}
      >
        {statusLine(status)}
      </p>
      {status.state === 'unavailable' ? null : running ? (
        <>
          <h3 className="hosting__heading">Address for teammates</h3>
          {status.addresses.length ? (
            <ul className="hosting__addresses" aria-label="Addresses for teammates">
              {status.addresses.map((a) => (
                <li key={a}>
                  <code>{a}</code>
                </li>
              ))}
            </ul>
          ) : (
            <p className="settings__notice">
              This computer is on no network right now: teammates cannot reach it.
            </p>
          )}
          <p className="settings__notice settings__notice--off">
            {HOSTING_UNENCRYPTED} Your firewall may ask whether Cairn may accept connections: allow
            it on private networks only.
          </p>
          {status.members === 0 ? (
            <p className="settings__notice">
              No one is a member yet. To upload your plans and be the team&apos;s admin, share a
              personal workspace with <em>Host on this computer</em>.
            </p>
          ) : null}
          <HostingInvite addresses={status.addresses} />
          <div className="hosting__actions">
            <button type="button" disabled={busy} onClick={() => void stop()}>
              Stop hosting
            </button>
          </div>
        </>
      ) : (
        <div className="hosting__start">
          <Field
            label="Port"
            error={portError}
            hint="Teammates' address ends in this number; keep it once they have joined."
          >
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                className="hosting__port"
                value={portText}
                onChange={(e) => setPort(e.target.value)}
              />
            )}
          </Field>
          <button
            type="button"
            className="primary"
            disabled={busy || status.state === 'starting'}
            onClick={submitStart}
          >
            Start hosting
          </button>
        </div>
      )}
    </section>
  );
}
