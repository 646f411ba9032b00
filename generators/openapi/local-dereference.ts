// A last-resort dereferencer for local `#/...` refs, used when swagger-parser gives up
// on a broken document. Each target is resolved once and shared, so circular schemas
// (Company → Person → Company) become circular object graphs instead of looping.
// Refs that cannot be followed (remote, dangling) are left in place as `{ $ref }`.
import { followLocalRef, isRecord, pointerSegment, type JsonObject } from './document-walk.ts';

const COMPONENT_ENTRY = /^#\/components\/[^/]+\/[^/]+$/;

export function dereferenceLocally(document: JsonObject): JsonObject {
  const byRef = new Map<string, unknown>();

  function resolveRef(ref: string, seen: ReadonlySet<string>): unknown {
    const cached = byRef.get(ref);
    if (cached !== undefined) return cached;
    const target = followLocalRef(document, ref);
    if (target === undefined || seen.has(ref)) return { $ref: ref };
    if (isRecord(target) && typeof target.$ref === 'string') {
      // A ref to a ref: follow the chain, refusing cycles made only of refs.
      return resolveRef(target.$ref, new Set([...seen, ref]));
    }
    if (!isRecord(target) && !Array.isArray(target)) return target;
    // Register the (still empty) copy before filling it, so cycles land on the same object.
    const copy: unknown = Array.isArray(target) ? [] : {};
    byRef.set(ref, copy);
    fill(copy, target, seen, ref);
    return copy;
  }

  function convert(node: unknown, seen: ReadonlySet<string>, at: string): unknown {
    // A component is the same object wherever it is reached from, so that its identity
    // names it (the catalogue maps inlined component objects back to their names).
    if (COMPONENT_ENTRY.test(at) && !seen.has(at)) return resolveRef(at, seen);
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      fill(out, node, seen, at);
      return out;
    }
    if (!isRecord(node)) return node;
    if (typeof node.$ref === 'string') return resolveRef(node.$ref, seen);
    const out: JsonObject = {};
    fill(out, node, seen, at);
    return out;
  }

  function fill(target: unknown, source: unknown, seen: ReadonlySet<string>, at: string): void {
    if (Array.isArray(target) && Array.isArray(source)) {
      source.forEach((entry, index) => target.push(convert(entry, seen, `${at}/${index}`)));
      return;
    }
    if (isRecord(target) && isRecord(source)) {
      for (const [key, value] of Object.entries(source)) target[key] = convert(value, seen, `${at}/${pointerSegment(key)}`);
    }
  }

  const root = convert(document, new Set(), '#');
  return isRecord(root) ? root : {};
}
