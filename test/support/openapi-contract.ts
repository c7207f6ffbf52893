/**
 * Checks an API response against docs/openapi.yaml: the operation of its route key must document the status
 * and the Content-Type, and the body must satisfy the response schema, checked by Ajv (OpenAPI 3.0's
 * `nullable` is one of Ajv's own keywords; `format` through ajv-formats). A route the document does not
 * have may only answer the documented error shape.
 */
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;
interface MediaType {
  schema?: Json;
}
interface Operation {
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

export interface OpenApiContract {
  /** Throws an error naming the route, the status and what does not match. */
  assertResponse(routeKey: string, response: APIGatewayProxyStructuredResultV2): void;
}

const DOCUMENT = fileURLToPath(new URL('../../docs/openapi.yaml', import.meta.url));

/** @example const contract = await loadOpenApiContract(); contract.assertResponse('GET /contracts', response); */
export async function loadOpenApiContract(path = DOCUMENT): Promise<OpenApiContract> {
  // validate() also dereferences: every $ref below is already replaced by its target.
  const doc = (await SwaggerParser.validate(path)) as unknown as {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Json> };
  };
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addVocabulary(['example']); // documentation only
  addFormats.default(ajv);
  const validators = new Map<Json, ValidateFunction>();
  const validatorOf = (schema: Json) => {
    const known = validators.get(schema);
    if (known) return known;
    const validate = ajv.compile(schema);
    validators.set(schema, validate);
    return validate;
  };
  const errorSchema = doc.components.schemas.Error!;
  // Compile every response schema now, so one Ajv cannot read (say `nullable` without a `type`) fails at load.
  for (const item of Object.values(doc.paths))
    for (const operation of Object.values(item))
      for (const response of Object.values(operation.responses ?? {}))
        for (const media of Object.values(response.content ?? {})) if (media.schema) validatorOf(media.schema);

  return {
    assertResponse(routeKey, response) {
      const where = `${routeKey} → ${response.statusCode}`;
      const [method = '', path = ''] = routeKey.split(' ');
      const operation = doc.paths[path]?.[method.toLowerCase()];
      const contentType = String(response.headers?.['Content-Type'] ?? '')
        .split(';')[0]!
        .trim();
      let schema: Json | undefined;
      if (operation) {
        const documented = operation.responses[String(response.statusCode)];
        if (!documented) throw new Error(`${where}: status not documented`);
        const media = documented.content?.[contentType];
        if (!media) throw new Error(`${where}: Content-Type ${contentType || '(none)'} not documented`);
        schema = media.schema;
      } else {
        if (contentType !== 'application/json') throw new Error(`${where}: undocumented route must answer a JSON error`);
        schema = errorSchema;
      }
      if (!schema) return;
      const body = contentType === 'application/json' ? (JSON.parse(String(response.body)) as unknown) : response.body;
      const validate = validatorOf(schema);
      if (!validate(body)) throw new Error(`${where}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`);
    },
  };
}
