// Reads a JSON request body with a size cap. Bodies are JSON only: a missing
// body reads as {} (as Express's JSON parser leaves it), anything else must parse.
import type { IncomingMessage } from 'node:http';
import { RestApiError, badRequest } from '../errors.ts';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const tooLarge = (limit: number) =>
  new RestApiError(413, 'PayloadTooLargeException', `Request body is larger than ${limit} bytes`);

function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return true;
  const mediaType = header.split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

export async function readJsonBody(request: IncomingMessage, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  if (!isJsonContentType(request.headers['content-type'])) {
    throw new RestApiError(415, 'UnsupportedMediaTypeException', 'Request body must be application/json');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'unreadable JSON';
    throw badRequest(`Malformed JSON body: ${reason}`);
  }
}
