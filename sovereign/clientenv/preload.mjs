// sovereign: send Node's built-in fetch() through HTTPS_PROXY on Node versions that do not
// read the proxy variables themselves (before 22.21 and 24; there, NODE_USE_ENV_PROXY=1 does
// it). The openai, @anthropic-ai/sdk and @google/genai packages use the built-in fetch.
//
//   export HTTPS_PROXY=http://127.0.0.1:8080 NODE_EXTRA_CA_CERTS=/path/to/ca-bundle.pem
//   export NODE_OPTIONS="--import=file:///path/to/preload.mjs"
//
// Node's own copy of undici is not importable (there is no node:undici), so this loads the npm
// package undici from the application (its main script's folder, then the working directory,
// then NODE_PATH) and calls setGlobalDispatcher(new EnvHttpProxyAgent()); the built-in fetch
// reads the dispatcher that call sets (Symbol.for('undici.globalDispatcher.1')).
// Fail closed: if that cannot be done, the process stops here instead of sending requests
// past the proxy.
import { createRequire } from 'node:module';
import path from 'node:path';

const LEGACY = Symbol.for('undici.globalDispatcher.1');

const MAJOR = (process.versions.undici || '6').split('.')[0];  // the undici inside this Node

function stop(why, hint = true) {
  process.stderr.write(`sovereign preload: ${why}; stopping so that no request bypasses the proxy.\n` +
    (hint ? `sovereign preload: install undici ${MAJOR} in the app (npm install undici@${MAJOR}), ` +
      'or use Node >= 22.21 with NODE_USE_ENV_PROXY=1 instead of this preload.\n' : ''));
  process.exit(1);
}

if (!process.env.HTTPS_PROXY && !process.env.https_proxy) {
  stop('HTTPS_PROXY is not set (see: sovereign env --runtime node)', false);
}

const bases = [];
if (process.argv[1]) bases.push(path.resolve(process.argv[1]));
bases.push(path.join(process.cwd(), 'sovereign-preload.cjs'));

let undici = null;
const tried = [];
for (const base of bases) {
  try {
    undici = createRequire(base)('undici');
    break;
  } catch (err) {
    tried.push(path.dirname(base));
    if (err && err.code !== 'MODULE_NOT_FOUND') stop(`undici could not be loaded (${err.code || err.name})`);
  }
}
if (undici === null) stop(`the npm package undici is not installed where the app runs (looked from ${tried.join(', ')})`);
if (typeof undici.EnvHttpProxyAgent !== 'function' || typeof undici.setGlobalDispatcher !== 'function') {
  stop('this undici has no EnvHttpProxyAgent (it needs undici >= 6.11)');
}

const before = globalThis[LEGACY];
const agent = new undici.EnvHttpProxyAgent();
undici.setGlobalDispatcher(agent);
const after = globalThis[LEGACY];
if (after === undefined || after === before) {
  stop("this undici does not set the dispatcher Node's built-in fetch reads (undici 8 and later: use undici@" + MAJOR + ')');
}
