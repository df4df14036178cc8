/**
 * Regular Indonesian affixation, enough to derive real word forms from roots: the nasal
 * prefixes meN- and peN- (with their sound changes: tulis → menulis, kirim → mengirim,
 * sapu → menyapu, pukul → memukul), di-, ter-, ber-, ke-…-an, -an, -kan and -i.
 */
export type Derivation =
  /** meN- */
  | "m"
  /** di- */
  | "d"
  /** meN-…-kan */
  | "K"
  /** di-…-kan */
  | "D"
  /** meN-…-i */
  | "I"
  /** di-…-i */
  | "J"
  /** ter- */
  | "t"
  /** peN-…-an (the act: pembangunan) */
  | "p"
  /** peN- (the doer: pembangun) */
  | "e"
  /** -an (the result: bangunan) */
  | "a"
  /** ber- */
  | "b"
  /** ke-…-an */
  | "k";

const VOWELS = new Set(["a", "i", "u", "e", "o"]);
const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.has(ch);

function syllableCount(root: string): number {
  let n = 0;
  for (let i = 0; i < root.length; i++) if (isVowel(root[i]) && !isVowel(root[i - 1])) n++;
  return n;
}

/** The nasal prefix meN-/peN- (`base` "me" or "pe") joined to a root, with its sound changes. */
export function nasalPrefix(base: "me" | "pe", root: string): string {
  if (syllableCount(root) === 1) return `${base}nge${root}`;
  const first = root[0] ?? "";
  const second = root[1];
  if (isVowel(first)) return `${base}ng${root}`;
  // A consonant cluster (proses, klaim, kritik) keeps its first consonant.
  const cluster = !isVowel(second) && !(first === "n" && (second === "g" || second === "y"));
  switch (first) {
    case "k":
      return cluster ? `${base}ng${root}` : `${base}ng${root.slice(1)}`;
    case "p":
      return cluster ? `${base}m${root}` : `${base}m${root.slice(1)}`;
    case "t":
      return cluster ? `${base}n${root}` : `${base}n${root.slice(1)}`;
    case "s":
      return cluster ? `${base}n${root}` : `${base}ny${root.slice(1)}`;
    case "b":
    case "f":
    case "v":
      return `${base}m${root}`;
    case "d":
    case "c":
    case "j":
    case "z":
      return `${base}n${root}`;
    case "g":
    case "h":
      return `${base}ng${root}`;
    default:
      // l, m, n, r, w, y (and ng-, ny-) take the bare prefix.
      return `${base}${root}`;
  }
}

/** ber- and ter- lose their r before a root that starts with r, or whose first syllable ends in -er. */
function rPrefix(base: "be" | "te", root: string): string {
  if (root.startsWith("r") || /^[^aiueo]er/.test(root)) return `${base}${root}`;
  return `${base}r${root}`;
}

export function derive(root: string, derivation: Derivation): string {
  switch (derivation) {
    case "m":
      return nasalPrefix("me", root);
    case "d":
      return `di${root}`;
    case "K":
      return `${nasalPrefix("me", root)}kan`;
    case "D":
      return `di${root}kan`;
    case "I":
      return `${nasalPrefix("me", root)}i`;
    case "J":
      return `di${root}i`;
    case "t":
      return rPrefix("te", root);
    case "p":
      return `${nasalPrefix("pe", root)}an`;
    case "e":
      return nasalPrefix("pe", root);
    case "a":
      return `${root}an`;
    case "b":
      return rPrefix("be", root);
    case "k":
      return `ke${root}an`;
  }
}

/**
 * The bare verb Indonesian headlines use instead of the meN- form ("Polisi Tangkap …",
 * "Pemkot Tingkatkan …"): the root, keeping -kan or -i.
 */
export function headlineVerb(root: string, derivation: "m" | "K" | "I"): string {
  if (derivation === "K") return `${root}kan`;
  if (derivation === "I") return `${root}i`;
  return root;
}
