// A recording HTTP proxy on 127.0.0.1: forwards every request to a target and
// notes when each arrived (and its method and path, never its headers), so a
// test can judge the pace a run keeps on the wire.
import { createServer, request as httpRequest, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  at: number;
  method: string;
  path: string;
}

export interface RecordingProxy {
  baseUrl: string;
  seen: Recorded[];
  close(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const seen: Recorded[] = [];
  const server = createServer((incoming, outgoing) => {
    seen.push({ at: Date.now(), method: incoming.method ?? '', path: (incoming.url ?? '').split('?')[0] ?? '' });
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: upstream.host }, agent },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'application/json' });
      outgoing.end('{"error":"proxy: upstream unreachable"}');
    });
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
