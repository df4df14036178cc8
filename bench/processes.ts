import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Started {
  child: ChildProcess;
  /** Milliseconds from spawn to the first 200 on `readyPath`. */
  coldStartMs: number;
  /** Everything the process printed, for error reports. */
  output(): string;
}

/** Spawns a server and waits until `readyPath` answers 200 (polling every 10 ms, up to `timeoutMs`). */
export async function startServer(
  command: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  readyPath: string,
  timeoutMs = 120_000,
): Promise<Started> {
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(" ")} exited:\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}${readyPath}`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.status === 200)
        return { child, coldStartMs: performance.now() - started, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill("SIGKILL");
  throw new Error(`${command} did not serve ${readyPath} within ${timeoutMs} ms:\n${output}`);
}

/** SIGTERM (the graceful path: pending views are flushed), then waits; SIGKILL after `graceMs`. */
export async function stopServer(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every common architecture). */
const CLOCK_TICKS_PER_S = 100;

/** CPU time (user and system) a process has used so far, its threads included, in microseconds. */
export function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // After the command name: field 3 (state) first, so utime and stime (14 and 15) are at 11 and 12.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS_PER_S;
}

export interface TreeMemory {
  /** The sum of the processes' resident set sizes (shared pages counted once per process). */
  bytes: number;
  /**
   * The sum of their proportional set sizes: a page shared by n processes (Node's own code, the
   * libraries) counts 1/n in each, so this is what the tree takes from the machine.
   */
  pssBytes: number;
  /** What the tree is made of, e.g. "node ×3, esbuild ×1" (tsx runs esbuild beside each Node process). */
  processes: string;
  nodeProcesses: number;
}

/** Resident memory of a process and all its descendants (cluster workers, helpers), in bytes. */
export function treeRss(pid: number): TreeMemory {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let bytes = 0;
  let pssBytes = 0;
  const names = new Map<string, number>();
  for (const p of tree) {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      bytes += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? "?";
      const rollup = readFileSync(`/proc/${p}/smaps_rollup`, "utf8");
      pssBytes += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
      names.set(name, (names.get(name) ?? 0) + 1);
    } catch {
      // gone
    }
  }
  const processes = [...names].map(([name, n]) => `${name} ×${n}`).join(", ");
  return { bytes, pssBytes, processes, nodeProcesses: names.get("node") ?? 0 };
}
