export declare const MISSING_ELECTRON_MESSAGE: string;
export declare function findElectronBinary(deps?: {
  requireFn?: (id: string) => unknown;
  exists?: (path: string) => boolean;
}): string | null;
