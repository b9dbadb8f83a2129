// Validates reports against the published schemas kept in test/schemas/.
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv-draft-04';
import formatsModule from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';

const schemaFile = (name: string) => readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8');

// Both packages are CommonJS with a default export; under NodeNext typing it sits on `.default`.
const Ajv = AjvModule.default;
const addFormats = formatsModule.default;
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const sarifSchema = ajv.compile(JSON.parse(schemaFile('sarif-schema-2.1.0.json')) as object);
const junitSchema = schemaFile('junit.xsd');

/** Every way the document breaks the SARIF 2.1.0 schema; empty when it is valid. */
export function sarifErrors(document: unknown): string[] {
  if (sarifSchema(document)) return [];
  return (sarifSchema.errors ?? []).map(
    (e: { instancePath: string; message?: string }) => `${e.instancePath || '/'} ${e.message ?? ''}`,
  );
}

/** Every way the document breaks the Ant JUnit schema; empty when it is valid. */
export async function junitErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'junit.xml', contents: xml }], schema: [junitSchema] });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
