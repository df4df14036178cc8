#!/usr/bin/env node
// The `warta` command. TypeScript sources run through tsx's loader, so there is no build step.
import { register } from "tsx/esm/api";

register({ tsconfig: new URL("../tsconfig.json", import.meta.url).pathname });
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
