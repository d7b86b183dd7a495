// Module resolve hook: while a variant is measured, the language modules it replaces resolve to the bench's stand-ins.
const HERE = new URL('./', import.meta.url).href;
let swaps = [];

export function initialize(data) {
  swaps = data.swaps;
}

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  // The stand-ins themselves import the originals.
  if (context.parentURL?.startsWith(HERE)) return result;
  const path = result.url.split('?')[0];
  for (const [original, standIn] of swaps) if (path.endsWith(original)) return { ...result, url: new URL(standIn, HERE).href, shortCircuit: true };
  return result;
}
