import { asBytes } from './bytes';
import { argon2idKdf, type KdfParams } from './kdf';

export interface KdfRequest {
  passphrase: string;
  params: KdfParams;
}

export type KdfResponse = { ok: true; key: Uint8Array } | { ok: false; message: string };

/** The worker's whole job, kept apart from the worker global so it can be tested in Node. */
export async function handleKdfRequest(data: unknown): Promise<KdfResponse> {
  try {
    const request = data as Partial<KdfRequest> | null;
    const params = request?.params;
    const salt = asBytes(params?.salt);
    if (typeof request?.passphrase !== 'string' || params === undefined || salt === undefined) {
      return { ok: false, message: 'malformed KDF request' };
    }
    return { ok: true, key: await argon2idKdf(request.passphrase, { ...params, salt }) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
