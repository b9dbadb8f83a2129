// The YAML and JSON readers: a list of rows, or a mapping of tables; they make rows themselves.
// The YAML parser is loaded only when a YAML or JSON file is read.
import type { Reader } from './reader.js';

function yamlFamily(format: string, extensions: readonly string[]): Reader {
  return {
    format,
    extensions,
    records: false,
    workbook: false,
    async *read(file, context) {
      yield await Promise.resolve({
        open: async () => {
          const yaml = await (await import('./yaml.js')).readYaml(file, context.host, context.fields, context.problem);
          return { encoding: yaml.encoding, estimatedRows: yaml.estimatedRows, rows: yaml.batches };
        },
      });
    },
  };
}

export const yamlReader = yamlFamily('yaml', ['.yaml', '.yml']);
export const jsonReader = yamlFamily('json', ['.json']);
