import { handleKdfRequest } from './kdfProtocol';

// Typed locally because the project's lib set is DOM, where `self.postMessage` has the window signature.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  void handleKdfRequest(event.data).then((response) => {
    if (!response.ok) {
      scope.postMessage(response, []);
      return;
    }
    // A standalone copy is always transferable (a view into a larger or WASM-owned buffer is not),
    // and transferring it leaves no copy of the key behind in this worker's heap.
    const key = response.key.slice();
    response.key.fill(0);
    scope.postMessage({ ok: true, key }, [key.buffer]);
  });
};
