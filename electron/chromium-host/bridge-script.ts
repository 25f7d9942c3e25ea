/**
 * Runs in the page before its own scripts: builds the same `window.api` bridge the Electron preload exposes, on
 * top of a Playwright binding. Envelopes travel as one JSON string because the binding serialises large object
 * graphs several times slower than a string. The host delivers events by calling window.__gdnnEmit.
 */
export const BRIDGE_INIT_SCRIPT = `(() => {
  const listeners = new Map();
  const invoke = window.__gdnnInvoke;
  Object.defineProperty(window, '__gdnnEmit', {
    value: (event, payload) => (listeners.get(event) || []).slice().forEach((cb) => cb(payload)),
  });
  Object.defineProperty(window, 'api', {
    value: Object.freeze({
      invoke: async (method, input) => JSON.parse(await invoke(method, input === undefined ? {} : input)),
      on: (event, callback) => {
        const list = listeners.get(event) || [];
        list.push(callback);
        listeners.set(event, list);
        return () => listeners.set(event, (listeners.get(event) || []).filter((cb) => cb !== callback));
      },
    }),
  });
})();`;
