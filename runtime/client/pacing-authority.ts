// The run-wide pacer. Playwright runs checks in worker processes, restarts a
// worker after a failure, and runs the fixture setup and teardown in their own;
// a pacer held in each process would let every one of them send at the full
// rate. The runner process therefore holds the run's one PaceSchedule and
// serves it on 127.0.0.1: every client of the run (the runner's own document
// fetch, health probes and cleanup in-process, every worker over TCP) takes its
// slots from it, and a 429 learned anywhere slows them all.
//
// Protocol: newline-delimited JSON.
//   client → {"op":"acquire","id":N}         authority → {"id":N} at the slot's time
//   client → {"op":"sent","id":N}            the request went out: the next slot counts from now
//   client → {"op":"learn","spacingMs":S,"notBefore":T}
//   authority → {"spacingMs":S|null}          on connect and whenever the pace changes
import { createServer, createConnection, type Socket } from 'node:net';
import { ClientError } from '../../generators/client/errors.ts';
import { localPacer, type MarkSent, type PaceLesson, type Pacer, type Rate } from '../../generators/client/pacer.ts';

/** The environment variable that hands the authority's address (host:port) to Playwright's workers. */
export const PACER_ENV = 'TWENTY_CONFORMANCE_PACER';

export interface PacingAuthority {
  /** `127.0.0.1:PORT` */
  address: string;
  /** The same schedule, for the runner's own requests. */
  pacer: Pacer;
  close(): Promise<void>;
}

function lines(socket: Socket, onLine: (line: string) => void): void {
  let buffered = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    for (let newline = buffered.indexOf('\n'); newline !== -1; newline = buffered.indexOf('\n')) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (line.trim() !== '') onLine(line);
    }
  });
}

export async function startPacingAuthority(
  rate: Rate | null,
  options: { now?: () => number; onPaceChange?: (spacingMs: number | null) => void } = {},
): Promise<PacingAuthority> {
  const now = options.now ?? Date.now;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  const local = localPacer(rate, now, sleep);
  const announce = () => {
    const line = `${JSON.stringify({ spacingMs: local.spacingMs() })}\n`;
    for (const socket of sockets) socket.write(line);
  };
  const pacer: Pacer = {
    acquire: () => local.acquire(),
    learn(lesson: PaceLesson) {
      const before = local.spacingMs();
      local.learn(lesson);
      if (local.spacingMs() !== before) {
        announce();
        options.onPaceChange?.(local.spacingMs());
      }
    },
    spacingMs: () => local.spacingMs(),
    close() {},
  };

  const server = createServer((socket) => {
    sockets.add(socket);
    // Slots granted to this link and not yet marked sent; a link that goes away releases them.
    const held = new Map<number, MarkSent>();
    const gone = () => {
      sockets.delete(socket);
      for (const sent of held.values()) sent();
      held.clear();
    };
    socket.on('close', gone);
    socket.on('error', gone);
    socket.write(`${JSON.stringify({ spacingMs: local.spacingMs() })}\n`);
    lines(socket, (line) => {
      let message: { op?: string; id?: number; spacingMs?: number; notBefore?: number };
      try {
        message = JSON.parse(line);
      } catch {
        return;
      }
      if (message.op === 'acquire' && typeof message.id === 'number') {
        const id = message.id;
        void local.acquire().then((sent) => {
          if (socket.destroyed) return sent();
          held.set(id, sent);
          socket.write(`${JSON.stringify({ id })}\n`);
        });
      } else if (message.op === 'sent' && typeof message.id === 'number') {
        held.get(message.id)?.();
        held.delete(message.id);
      } else if (message.op === 'learn' && typeof message.spacingMs === 'number' && message.spacingMs > 0) {
        pacer.learn({ spacingMs: message.spacingMs, notBefore: typeof message.notBefore === 'number' ? message.notBefore : now() });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.unref();
  const port = (server.address() as { port: number }).port;
  return {
    address: `127.0.0.1:${port}`,
    pacer,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The authority could not be reached or went away: the request cannot be paced, so it is not sent. */
export class PacingUnavailableError extends ClientError {
  constructor(reason: string) {
    super('pacing', `the run's pacer is unavailable (${reason}): request not sent`);
    this.name = 'PacingUnavailableError';
  }
}

/** A worker's link to the authority. Unpaced runs skip the round trip until a 429 slows the run. */
export async function connectPacer(address: string): Promise<Pacer> {
  const [host, portText] = address.split(':');
  const socket = createConnection({ host: host ?? '127.0.0.1', port: Number(portText) });
  socket.setNoDelay(true);
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let spacing: number | null = null;
  let broken: string | undefined;
  const fail = (reason: string) => {
    broken ??= reason;
    for (const { reject } of waiting.values()) reject(new PacingUnavailableError(broken));
    waiting.clear();
  };
  // The link keeps its process alive only while a request waits for its slot.
  const settled = (id: number) => {
    waiting.delete(id);
    if (waiting.size === 0) socket.unref();
  };
  await new Promise<void>((resolve, reject) => {
    let greeted = false;
    lines(socket, (line) => {
      const message = JSON.parse(line) as { id?: number; spacingMs?: number | null };
      if ('spacingMs' in message) {
        spacing = message.spacingMs ?? null;
        if (!greeted) {
          greeted = true;
          resolve();
        }
      } else if (typeof message.id === 'number') {
        waiting.get(message.id)?.resolve();
        settled(message.id);
      }
    });
    socket.once('error', (error) => {
      fail(error.message);
      if (!greeted) reject(new PacingUnavailableError(error.message));
    });
    socket.once('close', () => fail('connection closed'));
  });
  socket.unref();
  return {
    acquire() {
      if (broken) return Promise.reject(new PacingUnavailableError(broken));
      if (spacing === null) return Promise.resolve(() => {});
      const id = nextId++;
      const sent: MarkSent = () => {
        if (!broken && !socket.destroyed) socket.write(`${JSON.stringify({ op: 'sent', id })}\n`);
      };
      return new Promise<MarkSent>((resolve, reject) => {
        waiting.set(id, { resolve: () => resolve(sent), reject });
        socket.ref();
        socket.write(`${JSON.stringify({ op: 'acquire', id })}\n`);
      });
    },
    learn(lesson) {
      // Paced from now on, before the authority's announcement comes back.
      spacing = Math.max(spacing ?? 0, lesson.spacingMs);
      if (!broken) socket.write(`${JSON.stringify({ op: 'learn', ...lesson })}\n`);
    },
    spacingMs: () => spacing,
    close() {
      socket.destroy();
    },
  };
}
