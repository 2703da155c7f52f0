import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { ApiContract } from './support/openapi';

/**
 * 600 malformed API requests, sent byte for byte with node:http (a URL parser
 * would tidy bad escapes away): no 5xx, every error RFC 9457 problem details
 * that hold to the OpenAPI document, nothing of the server in any answer.
 * Deterministic: a seeded generator, so a failure can be replayed.
 */

function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const random = seededRandom(20261204);
const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const PATHS = [
  '/api/v1/releases', '/api/v1/releases', '/api/v1/releases', '/api/v1/releases/5763', '/api/v1/releases/fixture-draft',
  '/api/v1/units', '/api/v1/tags', '/api/v1/openapi.json', '/api/v1', '/api/v1/', '/api/v1/releases/', '/api/v1/release',
  '/api/v1/releases/5763/', '/api/v1/releases/5763/en', '/api/v1/releases/%00', '/api/v1/releases/%E0%A4%A', '/api/v1/releases/%C3%28',
  '/api/v1/releases/%FF%FE', '/api/v1/releases/..%2F..%2Fetc%2Fpasswd', '/api/v1/releases/%2e%2e', '/api/v1/releases/FIXTURE-01',
  `/api/v1/releases/${'a'.repeat(3000)}`, '/api/v1/releases/<script>', "/api/v1/releases/'%22%3E", '/api/v1/%F0%9F%87%B9%F0%9F%87%BC',
  '/api/v1/releases/__proto__', '/api/v1/releases/constructor', '/api/v1/units/x', '/api/v1/openapi.yaml', '/api/v1/releases.json',
];
const PARAMS = [
  'page=0', 'page=-1', 'page=1e3', 'page=99999999999999999999', 'page=NaN', 'page=1.5', 'page=%00', 'page=0x10', 'page=', 'page=999',
  'per_page=0', 'per_page=1000', 'per_page=101', 'per_page=-5', 'per_page=abc', 'per_page=%20', 'per_page=1&per_page=2',
  'lang=fr', 'lang=EN', 'lang=zh', 'lang=zh-tw', 'lang=', 'lang=%00', 'lang[]=en', 'lang=en&lang=zh-TW',
  'year=24', 'year=-2024', 'year=2024.0', 'year=99999', 'year=%FF', 'year=abcd', 'year=',
  'updated_since=yesterday', 'updated_since=2024-02-30', 'updated_since=2024-13-01', 'updated_since=2024-01-01T25:00',
  'updated_since=2024-01-01T10:00%2B99:99', 'updated_since=1e12', 'updated_since=%00', 'updated_since=2024/01/01', 'updated_since=',
  'unit=No+such+unit', 'unit=%00', 'unit=../..', `unit=${'x'.repeat(3000)}`, 'unit=%C3%28', 'tag=nope', 'tag=%00', `tag=${'%E6%B8%AC'.repeat(300)}`,
  'q=', 'q=%20%20', 'q=%00%01%02', `q=${'%E6%B8%AC'.repeat(400)}`, 'q=.*%2B%3F%5E%24%7B%7D()%7C%5B%5D%5C', 'q=<script>alert(1)</script>', 'q[]=x',
  'sort=title', 'per-page=5', '__proto__[x]=1', 'constructor[prototype][x]=1', '%%%', '&&&=&=', '=', 'callback=alert', 'format=xml',
];
const METHODS = ['GET', 'GET', 'GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'];
const HEADERS: Record<string, string>[] = [
  {}, {}, { 'If-None-Match': 'garbage' }, { 'If-None-Match': '*' }, { 'If-Modified-Since': 'not a date' },
  { 'If-Modified-Since': 'Thu, 01 Jan 2099 00:00:00 GMT' }, { Accept: 'application/xml' }, { 'Accept-Encoding': 'gzip, br, x-unknown' },
  { Origin: 'https://evil.example' }, { Cookie: '__prerender_bypass=garbage' },
];

interface RawRequest { method: string; path: string; headers: Record<string, string> }

function generate(count: number): RawRequest[] {
  const requests: RawRequest[] = [];
  for (let i = 0; i < count; i++) {
    const params = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(PARAMS)).join('&');
    requests.push({ method: pick(METHODS), path: `${pick(PATHS)}?${params}`, headers: pick(HEADERS) });
  }
  return requests;
}

function send(port: number, raw: RawRequest): Promise<{ status: number; contentType?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method: raw.method, path: raw.path, headers: raw.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'];
        const body = encoding === 'gzip' ? gunzipSync(bytes) : encoding === 'br' ? brotliDecompressSync(bytes) : bytes;
        resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'], body: body.toString('utf8') });
      });
    });
    request.on('error', reject);
    request.setTimeout(15_000, () => request.destroy(new Error(`timeout: ${raw.method} ${raw.path}`)));
    if (['POST', 'PUT', 'PATCH'].includes(raw.method)) request.write('{"title":"x"}');
    request.end();
  });
}

const LEAKS = [/\n\s+at [\w.<>]+ \(/, /node_modules\//, new RegExp(process.cwd().replace(/[/\\^$.*+?()[\]{}|]/g, '\\$&')), /\/etc\/passwd:/];

test('600 malformed API requests: no 5xx, every error is problem+json to the contract, no leak', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const contract = await ApiContract.load(request);
  const port = Number(new URL(baseURL!).port);
  const requests = generate(600);
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  for (let start = 0; start < requests.length; start += 8) {
    await Promise.all(
      requests.slice(start, start + 8).map(async (raw) => {
        const { status, contentType, body } = await send(port, raw);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const label = `${raw.method} ${raw.path.slice(0, 100)} ${JSON.stringify(raw.headers)} → ${status}`;
        if (status >= 500) failures.push(label);
        if (status >= 400) {
          errors++;
          if (!(contentType ?? '').startsWith('application/problem+json')) failures.push(`not problem+json (${contentType}): ${label}`);
        }
        for (const problem of contract.problems(raw.method, raw.path, status, contentType, body)) failures.push(`${problem} (${label})`);
        for (const leak of LEAKS) if (leak.test(body)) failures.push(`leak ${leak} in ${label}`);
      }),
    );
  }
  console.log('statuses:', Object.fromEntries([...statuses].sort()));
  expect(failures).toEqual([]);
  // The generator is meant to be hostile: most answers are errors, some are successes.
  expect(errors).toBeGreaterThan(450);
});
