import { z } from 'zod';

/**
 * Points at an attachment stored as its own encrypted record (screenshots and logs are large;
 * keeping them out of the incident keeps every tick's save small). Name, type and size are
 * repeated here so the timeline can list them without decrypting the files.
 */
export const attachmentRefSchema = z.object({
  id: z.uuid(),
  name: z.string().trim().min(1).max(255),
  mimeType: z.string().trim().min(1).max(255),
  size: z.number().int().min(0),
});

export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

export function formatAttachmentSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
