// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateStatus } from '../../../shared/host';

const status = (over: Partial<UpdateStatus> = {}): UpdateStatus => ({
  enabled: false,
  feedUrl: '',
  managedBy: 'you',
  policyPath: '/etc/cairn/policy.json',
  canUpdate: true,
  version: '0.1.0',
  ...over,
});

const fake = vi.hoisted(() => ({
  updateStatus: vi.fn(),
  saveUpdateSettings: vi.fn(),
  checkForUpdates: vi.fn(),
}));
vi.mock('../../../renderer/src/host', () => ({ host: fake }));

import { UpdatesDialog } from '../../../renderer/src/features/updates/UpdatesDialog';
import { useUi } from '../../../renderer/src/store/ui';

beforeEach(() => {
  fake.updateStatus.mockResolvedValue(status());
  fake.saveUpdateSettings.mockImplementation(async (s) => status(s));
  fake.checkForUpdates.mockResolvedValue({
    outcome: 'up-to-date',
    message: 'Cairn 0.1.0 is the latest version.',
  });
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
  useUi.setState({ updatesOpen: false, updatesCheckOnOpen: false });
});

async function open(checkOnOpen = false) {
  useUi.setState({ updatesOpen: true, updatesCheckOnOpen: checkOnOpen });
  await act(async () => void render(<UpdatesDialog />));
}

describe('the Updates dialog', () => {
  it('starts off, and refuses to turn on without an https feed, saving nothing', async () => {
    await open();
    const box = screen.getByRole('checkbox', { name: /Check for updates daily/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    expect(screen.getByRole('alert').textContent).toMatch(
      'Feed address is needed to turn updates on',
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Update feed address' }), {
      target: { value: 'http://updates.example.org/cairn/' },
    });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    expect(screen.getByRole('alert').textContent).toMatch(/must be an https:\/\/ address/);
    expect(fake.saveUpdateSettings).not.toHaveBeenCalled();
  });

  it('saves a feed, says updates are on, and then offers to check now', async () => {
    await open();
    fireEvent.click(screen.getByRole('checkbox', { name: /Check for updates daily/ }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Update feed address' }), {
      target: { value: 'https://updates.example.org/cairn/' },
    });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    expect(fake.saveUpdateSettings).toHaveBeenCalledWith({
      enabled: true,
      feedUrl: 'https://updates.example.org/cairn/',
    });
    expect(screen.getByRole('status').textContent).toMatch(
      'Updates are on: Cairn checks https://updates.example.org/cairn/ daily.',
    );
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Check now' })));
    expect(screen.getByRole('status').textContent).toContain('Cairn 0.1.0 is the latest version.');
  });

  it('shows an organisation policy, and offers nothing to change', async () => {
    fake.updateStatus.mockResolvedValue(
      status({
        managedBy: 'policy',
        enabled: true,
        feedUrl: 'https://updates.corp.example/cairn/',
      }),
    );
    await open();
    expect(
      screen.getByText(
        /Your organisation sets updates \(\/etc\/cairn\/policy\.json\): on, from https:\/\/updates\.corp\.example\/cairn\//,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('checks at once when opened by "Check for updates…"', async () => {
    fake.updateStatus.mockResolvedValue(status({ enabled: true, feedUrl: 'https://u.example/' }));
    fake.checkForUpdates.mockResolvedValue({
      outcome: 'available',
      version: '0.2.0',
      message: 'Cairn 0.2.0 is downloading; it installs when you quit Cairn.',
    });
    await open(true);
    expect(fake.checkForUpdates).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toContain('Cairn 0.2.0 is downloading');
  });
});
