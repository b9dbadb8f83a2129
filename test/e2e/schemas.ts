// Validates reports against the published schema kept in test/schemas/.
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const schemaFile = (name: string) => readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8');

const junitSchema = schemaFile('junit.xsd');

/** Every way the document breaks the Ant JUnit schema; empty when it is valid. */
export async function junitErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'junit.xml', contents: xml }], schema: [junitSchema] });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
