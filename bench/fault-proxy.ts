/**
 * A small fault-injecting HTTP proxy for the soak (bench/soak.ts): it forwards each request to
 * one upstream (a sandbox), except that, at configurable rates, it answers 500 itself, holds the
 * request for a while first, resets the connection, answers 429 with a Retry-After, or forwards
 * and then spoils the answer (an HTML page, or JSON cut short). Counts what it did.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';

/** Probabilities in [0, 1] of each fault, drawn once per request, in this order. */
export interface FaultRates {
  /** Answer 500 without forwarding. */
  error500: number;
  /** Reset the connection without forwarding (the client sees ECONNRESET / "other side closed"). */
  reset: number;
  /** Answer 429 with `Retry-After` of 0-`retryAfterMaxS` seconds, without forwarding. */
  rateLimit: number;
  /** Forward, then answer 200 with a spoiled body (an HTML page, or JSON cut short). */
  malformed: number;
  /** Wait 0-`delayMaxMs` before forwarding. */
  delay: number;
}

export interface FaultProxyOptions {
  target: string;
  rates: FaultRates;
  /** Longest injected delay, in ms (above the gateway's headers timeout, some become timeouts). */
  delayMaxMs: number;
  /** Largest injected Retry-After, in seconds. */
  retryAfterMaxS: number;
  random?: () => number;
}

export type FaultName = keyof FaultRates | 'none';

export interface FaultProxy {
  url: string;
  /** Requests received, by the fault injected (`none`: forwarded untouched). */
  counts(): Record<FaultName, number>;
  /** Changes the fault rates from now on (e.g. all 0 for a warm-up). */
  setRates(rates: FaultRates): void;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'host']);

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const random = options.random ?? Math.random;
  let rates = options.rates;
  const upstream = new Pool(options.target, { connections: 64 });
  const counts: Record<FaultName, number> = { none: 0, error500: 0, reset: 0, rateLimit: 0, malformed: 0, delay: 0 };
  const order: (keyof FaultRates)[] = ['error500', 'reset', 'rateLimit', 'malformed', 'delay'];

  function pick(): FaultName {
    let draw = random();
    for (const name of order) {
      if (draw < rates[name]) return name;
      draw -= rates[name];
    }
    return 'none';
  }

  async function forward(req: IncomingMessage, body: Buffer) {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    return upstream.request({
      path: req.url ?? '/',
      method: req.method as 'GET',
      headers,
      body: body.length > 0 ? body : undefined,
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const fault = pick();
    counts[fault] += 1;
    switch (fault) {
      case 'error500':
        res.writeHead(500, { 'content-type': 'application/json', 'x-request-id': 'fault-500' });
        res.end(JSON.stringify({ error: 'injected fault', message: 'injected fault' }));
        return;
      case 'reset':
        req.socket.resetAndDestroy();
        return;
      case 'rateLimit':
        res.writeHead(429, {
          'content-type': 'application/json',
          'retry-after': String(Math.floor(random() * (options.retryAfterMaxS + 1))),
          'x-request-id': 'fault-429',
        });
        res.end(JSON.stringify({ error: 'Rate limit exceeded', message: 'Rate limit exceeded' }));
        return;
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, random() * options.delayMaxMs));
        if (req.socket.destroyed) return; // the gateway gave up meanwhile
        break;
      default:
        break;
    }
    const answer = await forward(req, body);
    const text = await answer.body.text();
    if (fault === 'malformed') {
      // Half an HTML maintenance page, half JSON cut in the middle: both a 200.
      if (random() < 0.5) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html><body><h1>Down for maintenance</h1></body></html>');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(text.slice(0, Math.floor(text.length / 2)));
      }
      return;
    }
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name) && name !== 'content-length') headers[name] = value;
    }
    res.writeHead(answer.statusCode, headers);
    res.end(text);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'proxy: upstream failed' }));
      } else {
        res.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts: () => ({ ...counts }),
    setRates: (next) => {
      rates = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await upstream.close();
    },
  };
}
