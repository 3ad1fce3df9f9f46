import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { SUB_PATH, contentTypeOf } from './harness.ts';

/** What the server does to a request for a file whose path ends with a configured name. */
export type Fault =
  | { kind: 'delay'; ms: number }
  | { kind: 'hang' }
  | { kind: 'reset' }
  | { kind: 'truncate' }
  | { kind: 'redirect'; to: string }
  | { kind: 'status'; code: number }
  | { kind: 'body'; text: string };

export interface FaultServer {
  /** e.g. http://127.0.0.1:41234/intranet/duban/ */
  appUrl: string;
  /** The server's origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Every path asked for, in order (query strings dropped). */
  requests: string[];
  /** Applies `fault` to every request whose path ends with `suffix` (e.g. "data/manifest.json"); null removes it. */
  setFault(suffix: string, fault: Fault | null): void;
  clearFaults(): void;
  /** How many requests are hanging right now. */
  hanging(): number;
  close(): Promise<void>;
}

/**
 * A static server over `root` (the app under SUB_PATH, as harness.startServer) that misbehaves on
 * demand: per file it can delay, hang for ever, reset the connection, cut the body short, redirect
 * (same or another origin), answer with an HTTP error or with other content. Files are read on
 * every request, so a test may also change them on disk between requests. `cors` adds
 * Access-Control-Allow-Origin: * (a hostile second origin that wants to be read).
 */
export async function startFaultServer(root: string, options: { cors?: boolean } = {}): Promise<FaultServer> {
  const faults = new Map<string, Fault>();
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const hung = new Set<ServerResponse>();

  const serveFile = (path: string, res: ServerResponse, headers: Record<string, string>) => {
    let file = normalize(join(root, path));
    if (file.startsWith(root) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain', ...headers }).end('not found');
      return null;
    }
    return { body: readFileSync(file), type: contentTypeOf(file) };
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    requests.push(path);
    const headers: Record<string, string> = options.cors ? { 'Access-Control-Allow-Origin': '*' } : {};
    const fault = [...faults].find(([suffix]) => path.endsWith(suffix))?.[1];
    const normal = () => {
      const found = serveFile(path, res, headers);
      if (found !== null) res.writeHead(200, { 'Content-Type': found.type, ...headers }).end(found.body);
    };
    if (fault === undefined) return normal();
    switch (fault.kind) {
      case 'delay':
        setTimeout(normal, fault.ms);
        return;
      case 'hang':
        hung.add(res);
        res.on('close', () => hung.delete(res));
        return;
      case 'reset':
        req.socket.destroy();
        return;
      case 'truncate': {
        const found = serveFile(path, res, headers);
        if (found === null) return;
        res.writeHead(200, { 'Content-Type': found.type, 'Content-Length': String(found.body.length), ...headers });
        res.write(found.body.subarray(0, Math.floor(found.body.length / 2)));
        setTimeout(() => req.socket.destroy(), 50);
        return;
      }
      case 'redirect':
        res.writeHead(302, { Location: fault.to, ...headers }).end();
        return;
      case 'status':
        res.writeHead(fault.code, { 'Content-Type': 'text/plain', ...headers }).end(`error ${fault.code}`);
        return;
      case 'body':
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ...headers }).end(fault.text);
        return;
    }
  };

  const server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    appUrl: `${origin}${SUB_PATH}`,
    origin,
    requests,
    setFault: (suffix, fault) => {
      if (fault === null) faults.delete(suffix);
      else faults.set(suffix, fault);
    },
    clearFaults: () => faults.clear(),
    hanging: () => hung.size,
    close: () =>
      new Promise((ok) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => ok());
      }),
  };
}
