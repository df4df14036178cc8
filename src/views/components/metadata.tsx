import type { HeadMetaVM } from "../../domain/metadata/metadata.types.ts";

/**
 * JSON for a <script> element: `<`, `>` and `&` escaped so that text such as `</script>` in a
 * headline cannot end the element early; the JSON stays equivalent.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The crawler- and social-facing part of <head>: robots, feeds, OpenGraph, Twitter, JSON-LD. */
export function HeadMetadata({ meta }: { meta: HeadMetaVM }) {
  return (
    <>
      {meta.robots ? <meta name="robots" content={meta.robots} /> : null}
      {meta.alternates.map((a) => (
        <link key={a.href} rel="alternate" type={a.type} title={a.title} href={a.href} />
      ))}
      {meta.properties.map((p, i) => (
        <meta key={i} property={p.property} content={p.content} />
      ))}
      {meta.names.map((n) => (
        <meta key={n.name} name={n.name} content={n.content} />
      ))}
      {meta.jsonLd.map((data, i) => (
        <script
          key={i}
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }}
        />
      ))}
    </>
  );
}
