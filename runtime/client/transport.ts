// The one place that touches the network. Tests may inject another transport;
// the default uses Node's fetch and never follows redirects, because a run
// talks to the given base URL only.
import { DEFAULT_MAX_RESPONSE_BYTES } from '../../generators/client/response-cap.ts';

export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal;
  /** Refuse a body larger than this many bytes (BodyOverCapError) without reading the rest. */
  maxBytes?: number;
}

export { DEFAULT_MAX_RESPONSE_BYTES };

/** The answer's body is over the cap; the transport stopped reading it. */
export class BodyOverCapError extends Error {
  constructor(
    readonly status: number,
    /** Content-Length when the server announced one. */
    readonly announced: number | undefined,
  ) {
    super(`HTTP ${status} body over the cap${announced !== undefined ? ` (Content-Length ${announced})` : ''}`);
    this.name = 'BodyOverCapError';
  }
}

/** Reads a body as text, chunk by chunk, stopping as soon as it passes `maxBytes`. */
export async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const length = response.headers.get('content-length');
  const announced = length !== null && /^\d+$/.test(length) ? Number(length) : undefined;
  if (announced !== undefined && announced > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyOverCapError(response.status, announced);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyOverCapError(response.status, announced);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

export interface TransportResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

export const fetchTransport: Transport = async (request) => {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: request.signal,
    redirect: 'manual',
  });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  // Reading the body stays under the same abort signal, so a server that
  // stalls mid-body also times out.
  const body = await readCapped(response, request.maxBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  return { status: response.status, headers, body };
};
