// The document stage against a deployment: a document written under /rest (no
// servers) is a full document, not the base document a rejected token gets.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseRunArgs } from '../../generators/config/parse-run-args.ts';
import { syntheticDocument } from '../../testing/openapi/fixtures/fixture-documents.ts';
import { runDocumentStage } from './document-stage.ts';

let server: Server;
let base = '';
let companiesAsked = 0;

before(async () => {
  const prefixed = syntheticDocument();
  prefixed.paths = Object.fromEntries(Object.entries(prefixed.paths as Record<string, unknown>).map(([path, item]) => [`/rest${path}`, item]));
  delete prefixed.servers;
  server = createServer((request, response) => {
    if (request.url === '/rest/open-api/core') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(prefixed));
      return;
    }
    // The metadata document is optional; anything else would be the token probe.
    if (request.url !== '/rest/open-api/metadata') companiesAsked += 1;
    response.writeHead(401, { 'content-type': 'application/json' });
    response.end('{"statusCode":401,"messages":["nope"]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('a /rest-prefixed document from a deployment is catalogued, with no "token not accepted" error', async () => {
  const { config } = parseRunArgs(['--base-url', base], {}, () => 1);
  const lines: string[] = [];
  const stage = await runDocumentStage(config, { baseUrl: base, token: 'tok', embedded: false }, { stdout: (line) => lines.push(line) });
  assert.equal(stage.catalogue.baseDocumentOnly, false);
  assert.equal(stage.catalogue.pathPrefix, '/rest');
  assert.equal(stage.catalogue.objects.find((object) => object.plural === 'companies')?.listPath, '/companies');
  // The token probe only runs for a base document.
  assert.equal(companiesAsked, 0);
  assert.deepEqual(lines, []);
});
