/** A bare node:http server with the class API on a free loopback port, for the tests and the load test. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ClassApi, createClassApi } from './api.ts';

export interface TestServer {
  url: string;
  api: ClassApi;
  server: Server;
  stop(): Promise<void>;
}

export async function startTestServer(dir: string, now?: () => number): Promise<TestServer> {
  const api = createClassApi({ dir, now, warn: () => {} });
  await api.ready;
  const server = createServer((req, res) => api.handle(req, res));
  server.keepAliveTimeout = 5000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    api,
    server,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await api.close();
    },
  };
}
