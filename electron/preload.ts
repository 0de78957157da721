// The sandboxed preload: exposes exactly the IPC contract as window.lifeboat, nothing else.
// No ipcRenderer, no event objects and no Node APIs reach the page.
import { contextBridge, ipcRenderer } from 'electron';
import { API_KEY } from './contract';
import { createLifeboatApi } from './preloadApi';

contextBridge.exposeInMainWorld(API_KEY, createLifeboatApi(ipcRenderer));
