// Answers are written by serializers compiled from each route's zod response schema (through
// its JSON Schema), as Fastify does for its own schemas, instead of running the zod schema over
// every answer and then JSON.stringify: for a list of goals that encoding was about a sixth of
// the request. A compiled serializer writes only the properties the schema declares, so a field
// the schema does not name still never leaves the server. A schema JSON Schema cannot express
// (a transform) keeps the zod path. With WAYMARK_CHECK_SERIALIZER=1 (the test suite) every
// answer is written both ways and any difference is an error (docs/decisions/0021).
import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type SerializerInput = Parameters<typeof zodSerializerCompiler>[0];

const checkEveryAnswer = process.env.WAYMARK_CHECK_SERIALIZER === '1';

function zodSchemaOf(schema: unknown): z.ZodType | null {
  return schema instanceof z.ZodType ? schema : null;
}

/** The route's JSON Schema for what it sends, or null where JSON Schema cannot say it. */
function outputJsonSchema(schema: z.ZodType): Record<string, unknown> | null {
  try {
    return z.toJSONSchema(schema, {
      io: 'output',
      target: 'draft-7',
      unrepresentable: 'throw',
    }) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** JSON text with every object's keys in order, so only a difference in content counts. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

export function serializerCompiler(input: SerializerInput): (data: unknown) => string {
  const viaZod = zodSerializerCompiler(input);
  const schema = zodSchemaOf(input.schema);
  const jsonSchema = schema ? outputJsonSchema(schema) : null;
  if (!jsonSchema) return viaZod;
  const compiled = fastJson(jsonSchema);
  if (!checkEveryAnswer) return compiled;
  return (data) => {
    const fast = compiled(data);
    const expected = viaZod(data);
    if (canonical(JSON.parse(fast)) !== canonical(JSON.parse(expected)))
      throw new Error(
        `Compiled serializer differs from zod for ${input.method} ${input.url}:\n${fast}\n${expected}`,
      );
    return fast;
  };
}
