import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const LUA = new URL("./load.lua", import.meta.url).pathname;

export interface LoadSettings {
  connections: number;
  threads: number;
  durationSeconds: number;
  /** Sent as Accept-Encoding with every request; none by default, as wrk sends. */
  acceptEncoding?: string;
  /** Count the 204 answers (the beacon's) in `answered204`; costs wrk some speed. */
  count204?: boolean;
}

export interface LoadResult {
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Non-2xx/3xx answers plus socket errors and timeouts: should be 0. */
  errors: number;
  /** 204 answers (the beacon's), when the settings asked for them to be counted. */
  answered204?: number;
  /**
   * CPU time the server used per request wrk counted (its user and system time over the run):
   * steadier than req/s on a machine whose speed drifts, and free of wrk's own share.
   */
  serverCpuUs?: number;
}

/** `wrk --version` as printed, to describe the load tool in the report. */
export async function wrkVersion(): Promise<string> {
  try {
    await run("wrk", ["-v"]);
  } catch (err) {
    const out = String((err as { stdout?: string }).stdout ?? "");
    const m = /^wrk (\S+)/m.exec(out);
    if (m) return `wrk ${m[1]}`;
    throw new Error("wrk is not installed: apt-get install -y wrk");
  }
  return "wrk";
}

/**
 * Runs wrk against 127.0.0.1 only, bounded in time, rotating over `paths` (with `method`, unless
 * a line names its own: "POST /api/views?a=12"). Latency percentiles come from wrk's own histogram.
 */
export async function load(
  port: number,
  paths: string[],
  settings: LoadSettings,
  workDir: string,
  method: "GET" | "POST" = "GET",
): Promise<LoadResult> {
  const file = join(workDir, `paths-${process.pid}.txt`);
  await writeFile(file, `${paths.join("\n")}\n`);
  const { stdout } = await run(
    "wrk",
    [
      `-t${settings.threads}`,
      `-c${settings.connections}`,
      `-d${settings.durationSeconds}s`,
      "--timeout",
      "10s",
      "-s",
      LUA,
      // wrk wants a URL to start with; the script sends every line's own request.
      `http://127.0.0.1:${port}${(paths[0] ?? "/").replace(/^[A-Z]+ /, "")}`,
    ],
    {
      env: {
        ...process.env,
        BENCH_PATHS: file,
        BENCH_METHOD: method,
        BENCH_ACCEPT_ENCODING: settings.acceptEncoding ?? "",
        BENCH_COUNT_204: settings.count204 ? "1" : "",
      },
      maxBuffer: 1 << 20,
    },
  );
  const line = stdout.split("\n").find((l) => l.startsWith("BENCH_JSON "));
  if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
  const r = JSON.parse(line.slice("BENCH_JSON ".length)) as Record<string, number>;
  const n = (k: string) => r[k] ?? 0;
  return {
    requests: n("requests"),
    reqPerSec: n("requests") / (n("durationUs") / 1e6),
    p50Ms: n("p50Us") / 1000,
    p95Ms: n("p95Us") / 1000,
    p99Ms: n("p99Us") / 1000,
    errors: n("connectErrors") + n("readErrors") + n("writeErrors") + n("statusErrors") + n("timeouts"),
    ...(settings.count204 ? { answered204: n("answered204") } : {}),
  };
}
