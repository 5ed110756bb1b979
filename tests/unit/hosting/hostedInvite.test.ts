import { describe, expect, it } from 'vitest';
import { hostedInviteMessage } from '../../../shared/sync/hosting';

const CODE = '7G2KQ-M4XRA-8P3WD-0ZT5N-CF6YB';

describe('hostedInviteMessage', () => {
  it('tells the teammate where to connect, their code, and to accept an unencrypted connection', () => {
    const text = hostedInviteMessage('Kim', ['ws://192.168.1.20:1234'], CODE);
    expect(text).toContain('Kim, you are invited to our Cairn team.');
    expect(text).toContain('Server address: ws://192.168.1.20:1234');
    expect(text).toContain(`Invite code: ${CODE}`);
    expect(text).toContain('Tick "Connect without encryption"');
  });

  it('offers every network of this computer, and says so when it is on none', () => {
    expect(
      hostedInviteMessage('Kim', ['ws://192.168.1.20:1234', 'ws://10.0.0.5:1234'], CODE),
    ).toContain('ws://192.168.1.20:1234 or ws://10.0.0.5:1234');
    expect(hostedInviteMessage('Kim', [], CODE)).toContain('on no network right now');
  });
});
