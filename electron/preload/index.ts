import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { type ApiBridge, EVENT_CHANNEL, INVOKE_CHANNEL } from '../api/bridge';

// The page gets these two functions and nothing else: no ipcRenderer, no channel names, no Node.
const api: ApiBridge = {
  invoke: (method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  on: (event, callback) => {
    const listener = (_e: IpcRendererEvent, message: { event: string; payload: unknown }) => {
      if (message?.event === event) callback(message.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, listener);
  },
};

contextBridge.exposeInMainWorld('api', api);
