import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type PageServer = {
  origin: string;
  /** Every path requested from this server, in order. */
  requests: string[];
  close: () => Promise<void>;
};

/** Serves fixed HTML pages (path -> HTML) on 127.0.0.1, recording every request. */
export const servePages = async (pages: Readonly<Record<string, string>>): Promise<PageServer> => {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    requests.push(path);
    const html = pages[path];
    if (html === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
