import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for a slow network in front of the test server: it passes every
 * request through, except that one page's HTML is sent in two pieces, cut just
 * before `cutBefore`, and the second piece waits until `sendRest()` is called.
 */
export async function slowDocumentProxy(target: string, path: string, cutBefore: string) {
  let sendRest!: () => void;
  const restMayGo = new Promise<void>((resolve) => (sendRest = resolve));
  const server: Server = createServer(async (request, response) => {
    const upstream = await fetch(new URL(request.url ?? '/', target), { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await upstream.arrayBuffer());
    const contentType = upstream.headers.get('content-type') ?? 'application/octet-stream';
    if (request.url !== path) {
      response.writeHead(upstream.status, { 'content-type': contentType });
      response.end(body);
      return;
    }
    const html = body.toString('utf8');
    const cut = html.indexOf(cutBefore);
    if (cut < 0) {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`slowDocumentProxy: ${path} has no ${cutBefore}`);
      return;
    }
    response.writeHead(upstream.status, { 'content-type': contentType });
    response.write(html.slice(0, cut));
    await restMayGo;
    response.end(html.slice(cut));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sendRest: () => sendRest(),
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
