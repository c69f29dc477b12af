// Validates AsyncAPI documents with the maintained parser (@asyncapi/parser): prints every
// diagnostic, exits 1 when any is an error or a warning. Run by AsyncApiContract.
const { Parser, fromFile } = require('@asyncapi/parser');

const SEVERITY = ['error', 'warning', 'information', 'hint'];

(async () => {
  const parser = new Parser();
  let failed = false;
  for (const file of process.argv.slice(2)) {
    const { document, diagnostics } = await fromFile(parser, file).parse();
    for (const d of diagnostics) {
      console.log(`${file}: ${SEVERITY[d.severity]} ${d.code}: ${d.message} (at ${d.path.join('.') || 'the root'})`);
    }
    if (!document || diagnostics.some(d => d.severity <= 1)) {
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
})().catch(e => {
  console.error(e);
  process.exit(2);
});
