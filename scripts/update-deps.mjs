// Writes the NuGet lock file buildDotnetModule reads (`nugetDeps`, nixpkgs' JSON form:
// [{ pname, version, hash }]) from a restored project's obj/project.assets.json and the local
// NuGet cache, so it can be refreshed on a machine without Nix. With Nix, the equivalent is
// `nix build .#homelab.fetch-deps && ./result samples/Homelab/nix/deps.json`.
//
// The Nix build restores the whole project graph (the generator and runtime projects the sample
// references too), so the lock covers every project reachable through ProjectReference.
//
// usage: node scripts/update-deps.mjs <project dir> <output deps.json>
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, dirname, resolve } from "node:path";

const [projectDir, output] = process.argv.slice(2);
if (!projectDir || !output) {
  console.error("usage: node scripts/update-deps.mjs <project dir> <output deps.json>");
  process.exit(2);
}

function projectFile(dir) {
  const found = readdirSync(dir).filter((f) => f.endsWith(".csproj"));
  if (found.length !== 1) {
    console.error(`${dir}: expected one .csproj, found ${found.length}.`);
    process.exit(1);
  }
  return join(dir, found[0]);
}

// Every project reachable from the root through ProjectReference items.
function projectGraph(root) {
  const seen = new Set();
  const pending = [resolve(root)];
  while (pending.length > 0) {
    const csproj = pending.pop();
    if (seen.has(csproj)) continue;
    seen.add(csproj);
    const text = readFileSync(csproj, "utf8");
    for (const match of text.matchAll(/<ProjectReference\s+Include="([^"]+)"/g)) {
      pending.push(resolve(dirname(csproj), match[1].replaceAll("\\", "/")));
    }
  }
  return [...seen].sort();
}

const packages = new Map();
for (const csproj of projectGraph(projectFile(projectDir))) {
  const assetsPath = join(dirname(csproj), "obj", "project.assets.json");
  if (!existsSync(assetsPath)) {
    console.error(`${assetsPath} is missing: run 'dotnet restore ${projectDir}' first.`);
    process.exit(1);
  }
  const assets = JSON.parse(readFileSync(assetsPath, "utf8"));
  const folders = Object.keys(assets.packageFolders ?? {});
  for (const [key, library] of Object.entries(assets.libraries)) {
    if (library.type === "package") packages.set(key, { library, folders });
  }
}

const deps = [];
for (const [key, { library, folders }] of packages) {
  const [pname, version] = key.split("/");
  const folder = folders.find((f) => existsSync(join(f, library.path)));
  if (!folder) {
    console.error(`${key}: not found in any package folder (${folders.join(", ")}).`);
    process.exit(1);
  }
  const nupkg = join(folder, library.path, `${pname.toLowerCase()}.${version.toLowerCase()}.nupkg`);
  if (!existsSync(nupkg)) {
    console.error(`${key}: ${nupkg} is missing from the NuGet cache.`);
    process.exit(1);
  }
  const hash = "sha256-" + createHash("sha256").update(readFileSync(nupkg)).digest("base64");
  deps.push({ pname, version, hash });
}

deps.sort((a, b) => (a.pname.toLowerCase() < b.pname.toLowerCase() ? -1 : a.pname.toLowerCase() > b.pname.toLowerCase() ? 1 : a.version < b.version ? -1 : 1));
writeFileSync(output, JSON.stringify(deps, null, 2) + "\n");
console.log(`${output}: ${deps.length} packages`);
