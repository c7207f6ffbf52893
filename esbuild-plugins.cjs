// esbuild plugins of the Lambda build (serverless.yml custom.esbuild.plugins).
//
// serverless-esbuild bundles one file per function handler, but a child process runs an entry file of its own:
// after a function's bundle is built, each such entry is bundled with the same options beside it
// (functions/<worker>.mjs, where the handler's bundle finds it through import.meta.url). The files go under
// serverless-esbuild's __only_<function>/ folder, so that only that function's zip carries them.
const path = require('node:path');
const esbuild = require('esbuild');

/** Function name → its handler's entry file and the entries of the processes it starts. */
const WORKERS = {
  ingest: { handler: 'functions/ingest.ts', workers: ['lib/text/extract-worker.ts'] },
};

const workerEntries = {
  name: 'worker-entries',
  setup(build) {
    const options = build.initialOptions;
    const entry = [options.entryPoints ?? []].flat()[0];
    const found = Object.entries(WORKERS).find(([, spec]) => path.normalize(spec.handler) === path.normalize(String(entry)));
    if (!found) return;
    const [name, spec] = found;
    // outdir is <build folder>/<folder of the handler>
    const buildFolder = options.outdir.slice(0, options.outdir.length - path.dirname(spec.handler).length);
    build.onEnd(async (result) => {
      if (result.errors.length > 0) return;
      const { plugins: _plugins, entryPoints: _entryPoints, outdir: _outdir, metafile: _metafile, ...shared } = options;
      await esbuild.build({
        ...shared,
        entryPoints: spec.workers,
        entryNames: '[name]',
        outdir: path.join(buildFolder, `__only_${name}`, path.dirname(spec.handler)),
      });
    });
  },
};

module.exports = [workerEntries];
