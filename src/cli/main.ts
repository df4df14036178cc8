import { ConfigError } from "../config.ts";
import { cropsCommand } from "./crops.command.ts";
import { exportCommand } from "./export.command.ts";
import { generateCommand } from "./generate.command.ts";
import { importCommand } from "./import.command.ts";
import { keyCommand } from "./key.command.ts";
import { migrateCommand } from "./migrate.command.ts";
import { reindexCommand } from "./reindex.command.ts";
import { serveCommand } from "./serve.command.ts";
import { userCommand } from "./user.command.ts";
import { webhookCommand } from "./webhook.command.ts";

const HELP = `warta: the Warta news platform

usage:
  warta serve [--demo]        serve the portal (PORT, default 3000); --demo fills an empty site
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
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "serve":
        return await serveCommand(args);
      case "migrate":
        return await migrateCommand();
      case "import":
        return await importCommand(args);
      case "generate":
        return await generateCommand(args);
      case "reindex":
        return await reindexCommand(args);
      case "export":
        return await exportCommand(args);
      case "crops":
        return await cropsCommand();
      case "key":
        return await keyCommand(args);
      case "webhook":
        return await webhookCommand(args);
      case "user":
        return await userCommand(args);
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
