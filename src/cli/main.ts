import { isMainThread, workerData } from "node:worker_threads";
import { ConfigError } from "../config.ts";
import type { ViewsWriterData } from "../storage/views-writer/views-writer.ts";

// Commands are loaded when asked for: a cluster's primary, which only supervises workers, then
// never loads the code that serves pages (the bundle keeps each in a chunk of its own).

const HELP = `warta: the Warta news platform

usage:
  warta serve [--demo] [--workers N]
                              serve the portal (PORT, default 3000) with N worker threads (default:
                              one per core); --demo fills an empty site; SIGHUP replaces the workers
  warta migrate               apply database migrations
  warta import FILE.ndjson    import sections, authors, articles and views (all or nothing)
  warta export FILE.ndjson    export everything in the import format (images to media/ beside FILE)
  warta user add --email E --role admin|editor|reporter [--author SLUG]
                              create a newsroom account; prints its generated password once
  warta user password --email E  give an account a new generated password (its sessions end)
  warta reindex               rebuild the search index from the stored articles
  warta generate --articles N [--seed S]
                              fill an empty archive with N generated articles (benchmarks, trials)
  warta crops                 make share crops (16:9, 4:3, 1:1) for images stored before they existed
  warta key add --name NAME   create a content API key (also: key list, key revoke ID)
  warta webhook add URL --events article.published,…   outgoing webhook (also: list, remove, deliveries)

environment: WARTA_DATA_DIR, DATABASE_URL, PORT, WARTA_NOW, WARTA_TIMEZONE, … (see README)`;

export async function main(argv: string[]): Promise<number> {
  // A thread `warta serve` starts to write view counts runs that alone (storage/views-writer).
  const writer = viewsWriterData();
  if (writer) return (await import("../storage/views-writer/writer-thread.ts")).runViewsWriter(writer);
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "serve":
        return await (await import("./serve.command.ts")).serveCommand(args);
      case "migrate":
        return await (await import("./migrate.command.ts")).migrateCommand();
      case "import":
        return await (await import("./import.command.ts")).importCommand(args);
      case "generate":
        return await (await import("./generate.command.ts")).generateCommand(args);
      case "reindex":
        return await (await import("./reindex.command.ts")).reindexCommand(args);
      case "export":
        return await (await import("./export.command.ts")).exportCommand(args);
      case "crops":
        return await (await import("./crops.command.ts")).cropsCommand();
      case "key":
        return await (await import("./key.command.ts")).keyCommand(args);
      case "webhook":
        return await (await import("./webhook.command.ts")).webhookCommand(args);
      case "user":
        return await (await import("./user.command.ts")).userCommand(args);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        console.log(HELP);
        return command === undefined ? 2 : 0;
      default:
        console.error(`unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    return 1;
  }
}

function viewsWriterData(): ViewsWriterData | null {
  if (isMainThread) return null;
  return (workerData as { warta?: { viewsWriter?: ViewsWriterData } } | null)?.warta?.viewsWriter ?? null;
}
