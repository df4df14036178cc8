/** sastrawijs 1.0.4 ships no types (1.1.0 adds them but also an unneeded Babel 6 runtime dependency). */
declare module "sastrawijs" {
  export class Stemmer {
    constructor(dictionary?: string[]);
    stem(word: string): string;
    find(word: string): boolean;
    addToDict(words: string[]): void;
    remove(words: string[]): void;
  }
}
