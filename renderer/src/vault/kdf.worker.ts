import { handleKdfRequest } from './kdfProtocol';

// Typed locally because the project's lib set is DOM, where `self.postMessage` has the window signature.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  void handleKdfRequest(event.data).then((response) => {
    // Transfer, so no copy of the key stays behind in this worker's heap.
    scope.postMessage(response, response.ok ? [response.key.buffer as ArrayBuffer] : []);
  });
};
