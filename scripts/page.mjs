// Part of the build: the self-check page (`duibiao page`), bundled by esbuild for the browser from
// the same sources as the CLI, into one HTML file with nothing to load: the page's script inline,
// its worker's code held as a JSON string and started from a blob, a Content-Security-Policy that
// allows no connection at all. `duibiao page` puts the pack and the templates where the marker is.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Where the page is left for `duibiao page`, and the marker its data replaces. */
const OUT = join('dist', 'page', 'page.html');
const DATA_MARKER = '"__DUIBIAO_PAGE_DATA__"';

const common = {
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: ['chrome100', 'edge100'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  // No Node Buffer: the readers work on Uint8Array and TextDecoder, and csv-parse's own build for
  // browsers (its fallback for odd records) carries the Buffer it needs.
  alias: { 'csv-parse': './node_modules/csv-parse/dist/esm/index.js' },
  define: { 'process.env.NODE_ENV': '"production"' },
};

const [worker, main] = await Promise.all(
  [join('src', 'page', 'worker.ts'), join('src', 'page', 'main.ts')].map(async (entry) => {
    const { outputFiles } = await build({ ...common, entryPoints: [entry] });
    return outputFiles[0].text;
  }),
);

// The page's script is inline: nothing in it may end the element early.
if (/<\/script|<!--/i.test(main)) throw new Error('the page script holds </script or <!--');
const scriptHash = createHash('sha256').update(main).digest('base64');
/** A JSON string inside HTML: `<` never appears as itself, so no tag can end the element. */
const jsonInHtml = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');

const csp = [
  "default-src 'none'",
  `script-src 'sha256-${scriptHash}'`,
  'worker-src blob:',
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  "connect-src 'none'",
  "font-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const STYLE = `
body { font-family: system-ui, "Microsoft YaHei", "PingFang SC", sans-serif; margin: 1.5rem auto; max-width: 70rem; padding: 0 1rem; color: #1f2328; }
.privacy { background: #eef6ee; border-left: 4px solid #2d7d32; padding: .5rem .8rem; }
.controls, .saves { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: center; margin: .8rem 0; }
.drop { border: 2px dashed #8c959f; border-radius: 6px; padding: 1.2rem; text-align: center; color: #57606a; }
.drop.over { border-color: #0969da; background: #f0f6ff; }
button { padding: .35rem .8rem; }
#status.stopped { color: #b42318; font-weight: bold; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #d0d7de; padding: .2rem .5rem; text-align: left; vertical-align: top; }
td.fail, li.fail { color: #b42318; } td.pass { color: #1a7f37; } td.missing, td.invalid, li.missing, li.invalid { color: #9a6700; }
tr.error td { color: #b42318; }
blockquote { margin: .2rem 0 .6rem 1rem; color: #57606a; }
`;

const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>duibiao</title>
<style>${STYLE}</style>
</head>
<body>
<script type="application/json" id="duibiao-data">${DATA_MARKER}</script>
<script type="application/json" id="duibiao-worker">${jsonInHtml(worker)}</script>
<script>${main}</script>
</body>
</html>
`;

mkdirSync(join('dist', 'page'), { recursive: true });
writeFileSync(OUT, html);
