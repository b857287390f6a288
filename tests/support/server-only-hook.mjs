// Lets a script import server-only modules without the react-server condition
// (which would hand React's server build to libraries that render with their
// own reconciler, such as the PDF renderer): "server-only" resolves to nothing.
//   npx tsx --import ./tests/support/server-only-hook.mjs <script>
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export%20%7B%7D", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
