/**
 * The layers of the house point one way: a module imports only from its own folder or from folders below it in
 * the pipeline, and no modules import each other in a circle. docs/architecture.md draws the same order.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL(".", import.meta.url));

/**
 * The pipeline, lowest first; folders of one rank are peers and do not import each other. The package's entry
 * point and the dev tooling (test targets in tools/, third-party emulators, the benchmarks) sit on top.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["specs"],
  ["protocol"],
  ["validators", "client"],
  ["generators", "emulator"],
  ["checks"],
  ["conformance"],
  ["reports", "variants"],
  ["certification", "suites"],
  ["cli"],
  ["index.ts", "tools", "third-party"],
  ["bench"],
];
const RANK = new Map(LAYERS.flatMap((folders, rank) => folders.map((folder) => [folder, rank] as const)));

/** Source modules: .ts and .mjs outside node_modules and dist, without tests and test fixtures. */
function sourceModules(directory = ROOT): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return ["node_modules", "dist", ".test-dist", ".git", ".scratch"].includes(entry.name) ? [] : sourceModules(path);
    if (!/\.(ts|mjs)$/.test(entry.name) || /\.(test|suite|fixture|check)\.ts$|\.fixture\//.test(relative(ROOT, path))) return [];
    return [relative(ROOT, path)];
  });
}

/** The relative modules a module imports: static imports and re-exports, `import type` too, and literal import(). */
function importsOf(module: string): string[] {
  const text = readFileSync(join(ROOT, module), "utf8");
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.{1,2}\/[^"]+)"/gms),
    ...text.matchAll(/\bimport\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.map((specifier) => join(dirname(module), specifier));
}

const folderOf = (module: string): string => (module.includes("/") ? module.split("/")[0]! : module);

const modules = sourceModules().filter((module) => RANK.has(folderOf(module)));
const graph = new Map(modules.map((module) => [module, importsOf(module).filter((target) => RANK.has(folderOf(target)))]));

/** Imports that point up the pipeline or sideways to a peer folder. */
function wrongWay(edges: ReadonlyMap<string, readonly string[]>): string[] {
  return [...edges].flatMap(([module, targets]) =>
    targets
      .filter((target) => folderOf(target) !== folderOf(module) && RANK.get(folderOf(target))! >= RANK.get(folderOf(module))!)
      .map((target) => `${module} -> ${target}`),
  );
}

/** Circles of the import graph (strongly connected components of more than one module), by Tarjan's algorithm. */
function circles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of edges.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("the layers", () => {
  // bin/ starts dist/ (compiled), the examples import the package by its name, as its users do.
  it("has every top-level folder of source in the pipeline", () => {
    const unplaced = [...new Set(sourceModules().map(folderOf))].filter(
      (folder) => !RANK.has(folder) && !["vitest.config.ts", "bin", "examples"].includes(folder),
    );
    expect(unplaced).toEqual([]);
    expect(modules.length).toBeGreaterThan(100);
  });

  it("imports only along the pipeline, never up it or sideways to a peer", () => {
    expect(wrongWay(graph)).toEqual([]);
  });

  it("has no modules that import each other, directly or round a circle", () => {
    expect(circles(graph)).toEqual([]);
  });

  it("finds a circle and an upward import when there is one (the test can fail)", () => {
    expect(
      circles(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
          ["d", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b", "c"]]);
    expect(
      wrongWay(
        new Map([
          ["checks/a.ts", ["conformance/b.ts", "specs/c.ts", "checks/d.ts"]],
          ["client/e.ts", ["validators/f.ts"]],
        ]),
      ),
    ).toEqual(["checks/a.ts -> conformance/b.ts", "client/e.ts -> validators/f.ts"]);
    expect(graph.get("checks/parity.ts")).toContain("checks/trace-comparison.ts");
  });
});
