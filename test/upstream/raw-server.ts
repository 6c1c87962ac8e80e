/**
 * A loopback TCP server that misbehaves on purpose, for failures MockAgent cannot produce: a
 * body cut short of its content-length, a connection reset after the request was sent.
 */
import { createServer, type Socket } from 'node:net';

export interface RawServer {
  url: string;
  /** Requests received so far. */
  hits(): number;
  close(): Promise<void>;
}

/** Calls `answer(n, socket)` for the n-th request (1-based); each request on its own connection. */
export async function rawServer(answer: (n: number, socket: Socket) => void): Promise<RawServer> {
  let hits = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.once('data', () => answer(++hits, socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A 200 JSON answer that closes its connection. */
export function okAnswer(socket: Socket, body: unknown): void {
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  );
}

/** Headers promising 100 bytes of JSON, then a few bytes, then the connection closes. */
export function truncatedAnswer(socket: Socket, status = 200): void {
  socket.end(`HTTP/1.1 ${status} OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\nx-request-id: req-cut\r\n\r\n{"data":[`);
}

/** A TCP reset before any answer. */
export function resetAnswer(socket: Socket): void {
  socket.resetAndDestroy();
}

/** A loopback URL where nothing listens (connection refused). */
export async function refusingUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${address.port}`;
}
