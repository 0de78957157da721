// Runtime validation of every IPC argument. Main process only: the renderer never loads zod
// schemas for the shell, it knows the contract by type (contract.ts).
import { z } from 'zod';
import type {
  API_METHODS,
  Channel,
  FileFilter,
  LifeboatApi,
  OpenFileRequest,
  OpenPdfRequest,
  RequestOf,
  SaveFileRequest,
  SavePdfRequest,
} from './contract';
import { MAX_FILE_BYTES } from './contract';

const MAX_NAME_LENGTH = 255;
const MAX_PATH_LENGTH = 4096;
const MAX_FILTERS = 16;

const bytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'expected a Uint8Array' })
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, { message: 'file too large' });

/** Extensions as the OS dialogs want them: no dot, letters and digits only (or `*`). */
const extension = z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/);

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(extension).min(1).max(16),
});

const suggestedName = z
  .string()
  .min(1)
  .max(MAX_NAME_LENGTH)
  .refine((s) => !s.includes('\0'), { message: 'NUL in name' });

export const saveFileRequestSchema = z.strictObject({
  suggestedName,
  bytes,
  filters: z.array(fileFilterSchema).max(MAX_FILTERS),
});

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(MAX_FILTERS),
});

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
export function looksLikePdf(b: Uint8Array): boolean {
  return b.byteLength >= PDF_MAGIC.length && PDF_MAGIC.every((c, i) => b[i] === c);
}

export const savePdfRequestSchema = z.strictObject({
  suggestedName,
  bytes: bytes.refine(looksLikePdf, { message: 'not a PDF' }),
});

export const openPdfRequestSchema = z.strictObject({
  path: z
    .string()
    .min(1)
    .max(MAX_PATH_LENGTH)
    .refine((s) => !s.includes('\0'), { message: 'NUL in path' }),
});

export const appInfoRequestSchema = z.undefined();

/** One schema per channel; the handler table in main is typed against this. */
export const requestSchemas = {
  'files:save': saveFileRequestSchema,
  'files:open': openFileRequestSchema,
  'pdf:save': savePdfRequestSchema,
  'pdf:open': openPdfRequestSchema,
  'app:info': appInfoRequestSchema,
} satisfies { [C in Channel]: z.ZodType<RequestOf<C>> };

// Compile-time proof that the schemas and the contract's types describe the same shapes,
// and that API_METHODS lists exactly the methods of LifeboatApi.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type _SchemasMatchContract = [
  Assert<Same<z.infer<typeof fileFilterSchema>, FileFilter>>,
  Assert<Same<z.infer<typeof saveFileRequestSchema>, SaveFileRequest>>,
  Assert<Same<z.infer<typeof openFileRequestSchema>, OpenFileRequest>>,
  Assert<Same<z.infer<typeof savePdfRequestSchema>, SavePdfRequest>>,
  Assert<Same<z.infer<typeof openPdfRequestSchema>, OpenPdfRequest>>,
  Assert<Same<(typeof API_METHODS)[number], keyof LifeboatApi>>,
];
