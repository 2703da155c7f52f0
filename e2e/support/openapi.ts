/**
 * Holds API answers to the portal's own contract, `/api/v1/openapi.json`: the
 * document is first checked against the OpenAPI 3.1 schema
 * (@seriousme/openapi-schema-validator), then each answer's body against the
 * schema the document gives for its path, method, status and media type (Ajv,
 * JSON Schema 2020-12, with formats). An answer whose status or media type the
 * document does not describe is a failure too.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { APIRequestContext, APIResponse } from '@playwright/test';

type Doc = { servers: { url: string }[]; paths: Record<string, Record<string, { responses: Record<string, Response> }>> };
type Response = { content?: Record<string, { schema: object }> };

const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

export class ApiContract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly base: string;

  private constructor(readonly document: Doc) {
    addFormats(this.ajv);
    this.ajv.addSchema(document as object, 'openapi');
    this.base = new URL(document.servers[0]!.url).pathname;
  }

  /** Fetches the document and checks it is valid OpenAPI; throws with the errors if not. */
  static async load(request: APIRequestContext): Promise<ApiContract> {
    const response = await request.get('/api/v1/openapi.json');
    if (response.status() !== 200) throw new Error(`/api/v1/openapi.json answered ${response.status()}`);
    const document = (await response.json()) as Doc & Record<string, unknown>;
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    if (!result.valid) throw new Error(`openapi.json is not valid OpenAPI: ${JSON.stringify(result.errors).slice(0, 2000)}`);
    if (validator.version !== '3.1') throw new Error(`expected OpenAPI 3.1, got ${validator.version}`);
    return new ApiContract(document);
  }

  /** The document's path template for a request path, e.g. `/releases/{slug}`, or undefined. */
  template(path: string): string | undefined {
    if (!path.startsWith(`${this.base}/`)) return undefined;
    const rest = path.slice(this.base.length);
    return Object.keys(this.document.paths).find((template) =>
      new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(rest),
    );
  }

  /**
   * What is wrong with an answer, as messages (empty when it holds to the
   * contract). Paths the document does not describe may only answer with
   * problem details.
   */
  problems(method: string, url: string, status: number, contentType: string | undefined, body: string): string[] {
    const path = new URL(url, 'http://x').pathname;
    const template = this.template(path);
    const mediaType = (contentType ?? '').split(';')[0]!.trim();
    let schemaId: string;
    if (template === undefined || method === 'OPTIONS' || !['GET', 'HEAD'].includes(method)) {
      // A preflight, and Next's permanent redirect of a trailing slash (`/api/v1/releases/`), are not API answers.
      if (status < 400) return (method === 'OPTIONS' && status === 204) || status === 308 ? [] : [`${method} ${path}: ${status} for a path or method the document does not describe`];
      if (mediaType !== 'application/problem+json') return [`${method} ${path}: ${status} is ${mediaType}, not application/problem+json`];
      schemaId = `openapi#/components/schemas/Problem`;
    } else {
      const responses = this.document.paths[template]!.get!.responses;
      const described = responses[String(status)];
      if (!described) return [`GET ${path}: status ${status} is not in the document`];
      if (!described.content) return body === '' ? [] : [`GET ${path}: ${status} must have no body`];
      if (method === 'HEAD') return [];
      if (!described.content[mediaType]) return [`GET ${path}: ${status} as ${mediaType} is not in the document`];
      schemaId = `openapi#/${pointer('paths', template, 'get', 'responses', String(status), 'content', mediaType, 'schema')}`;
    }
    if (method === 'HEAD') return body === '' ? [] : [`HEAD ${path}: has a body`];
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return [`${method} ${path}: ${status} body is not JSON: ${body.slice(0, 100)}`];
    }
    const validate = this.ajv.getSchema(schemaId);
    if (!validate) return [`no schema ${schemaId}`];
    return validate(data) ? [] : [`${method} ${path} ${status}: ${this.ajv.errorsText(validate.errors)}`];
  }

  /** Checks a Playwright answer; returns its JSON body (or undefined for none). */
  async check(response: APIResponse, method = 'GET'): Promise<unknown> {
    const body = await response.text();
    const problems = this.problems(method, response.url(), response.status(), response.headers()['content-type'], body);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return body === '' ? undefined : JSON.parse(body);
  }
}
