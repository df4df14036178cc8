import { createWarta } from "../app.ts";
import { loadConfig } from "../config.ts";
import { backfillCrops } from "../domain/media/image-crops.ts";

/** `warta crops`: renders the 16:9, 4:3 and 1:1 share crops for images stored before they existed. */
export async function cropsCommand(): Promise<number> {
  const warta = await createWarta(loadConfig());
  try {
    const updated = await backfillCrops({ store: warta.blobs, media: warta.repos.media });
    console.log(updated ? `Share crops made for ${updated} image(s).` : "Every image has its share crops.");
    return 0;
  } finally {
    await warta.close();
  }
}
