import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readSync, unlinkSync, writevSync } from "node:fs";
import { join } from "node:path";

/**
 * Reads up to this size go into pooled buffers: a page served from the spill file then costs no
 * new allocation (nor the garbage collection that follows), which mattered under a spike over many
 * articles. Larger forms (long sitemaps) get their own buffer.
 */
const SLAB_BYTES = 64 * 1024;
/** At most 4 MB of read buffers wait in the pool; beyond that they are left to the collector. */
const MAX_POOLED_SLABS = 64;

/** Where one stored form lives: which segment (counted from the first), at what offset, how long. */
export interface SpillLocation {
  readonly segment: number;
  readonly offset: number;
  readonly length: number;
}

export interface SpillFileOptions {
  /** Folder for the segment files (created if missing); the files vanish from it at once. */
  dir: string;
  /** Upper bound of the bytes kept on disk, split over `segments` files reused in turn. */
  maxBytes: number;
  segments?: number;
  /** Called when a segment is about to be overwritten: what it held is gone. */
  onReuse(segment: number): void;
  /** Told once when writing fails (disk full, folder not writable); spilling stops then. */
  onError?(err: unknown): void;
}

/**
 * The page cache's second tier: pages evicted from memory are appended to a few segment files,
 * each opened and unlinked at once. The bytes then live in the kernel's page cache (memory the
 * kernel shares and reclaims under pressure, written back to disk, not this process's heap) and
 * nothing is left on disk when the process ends, however it ends. Segments are reused in turn,
 * oldest first; a location in a reused segment no longer reads. Reads and writes are synchronous:
 * they copy tens of kilobytes from or to the page cache, cheaper than a round trip to the thread
 * pool.
 */
export class SpillFile {
  private readonly fds: Array<number | null>;
  private readonly segmentBytes: number;
  /** The segment being written (counted from 0, never reused as a number) and its fill. */
  private current = 0;
  private offset = 0;
  private failed = false;
  /** Read buffers handed back by `recycle`, reused for the next reads. */
  private readonly slabs: ArrayBuffer[] = [];
  /** Pooled buffers out with a caller: only these are taken back. */
  private readonly lent = new WeakSet<Buffer>();

  constructor(private readonly options: SpillFileOptions) {
    const segments = options.segments ?? 4;
    this.fds = Array.from({ length: segments }, () => null);
    this.segmentBytes = Math.floor(options.maxBytes / segments);
  }

  /** Appends the parts, contiguously, to the current segment; null when they cannot be kept. */
  append(parts: Buffer[]): SpillLocation[] | null {
    const total = parts.reduce((n, p) => n + p.length, 0);
    if (this.failed || total === 0 || total > this.segmentBytes) return null;
    try {
      if (this.offset + total > this.segmentBytes) this.nextSegment();
      const fd = this.fd(this.current % this.fds.length);
      const written = writevSync(fd, parts, this.offset);
      if (written !== total) throw new Error(`short write (${written} of ${total} bytes)`);
    } catch (err) {
      this.failed = true;
      this.options.onError?.(err);
      return null;
    }
    const locations: SpillLocation[] = [];
    for (const part of parts) {
      locations.push({ segment: this.current, offset: this.offset, length: part.length });
      this.offset += part.length;
    }
    return locations;
  }

  /** True while the location's segment has not been reused. */
  holds(location: SpillLocation): boolean {
    return !this.failed && location.segment > this.current - this.fds.length;
  }

  /**
   * The stored bytes, or null when their segment was reused or reading failed. The buffer may
   * come from a pool: hand it back with `recycle` once nothing refers to it any more (a response
   * is finished with its bytes once written), or simply drop it. `pooled: false` gives a buffer of
   * its own, for keeping.
   */
  read(location: SpillLocation, { pooled = true } = {}): Buffer | null {
    if (!this.holds(location)) return null;
    const fd = this.fds[location.segment % this.fds.length];
    if (fd === null || fd === undefined) return null;
    const { length } = location;
    const slab = pooled && length <= SLAB_BYTES ? (this.slabs.pop() ?? new ArrayBuffer(SLAB_BYTES)) : null;
    const bytes = slab ? Buffer.from(slab, 0, length) : Buffer.allocUnsafeSlow(length);
    if (slab) this.lent.add(bytes);
    try {
      if (readSync(fd, bytes, 0, length, location.offset) === length) return bytes;
    } catch {
      // Treated as gone, like a reused segment.
    }
    this.recycle(bytes);
    return null;
  }

  /** Gives a buffer `read` returned back to the pool; the caller must not use it afterwards. */
  recycle(bytes: Buffer): void {
    if (!this.lent.delete(bytes)) return; // not from the pool, or handed back already
    if (this.slabs.length < MAX_POOLED_SLABS) this.slabs.push(bytes.buffer as ArrayBuffer);
  }

  close(): void {
    for (const [i, fd] of this.fds.entries()) {
      if (fd !== null) closeSync(fd);
      this.fds[i] = null;
    }
  }

  private nextSegment(): void {
    this.current++;
    this.offset = 0;
    // The slot's previous occupant (current − segments) is overwritten from now on.
    if (this.current >= this.fds.length) this.options.onReuse(this.current - this.fds.length);
  }

  private fd(slot: number): number {
    const open = this.fds[slot];
    if (open !== null && open !== undefined) return open;
    mkdirSync(this.options.dir, { recursive: true });
    const path = join(this.options.dir, `pages-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
    const fd = openSync(path, "wx+", 0o600);
    unlinkSync(path);
    this.fds[slot] = fd;
    return fd;
  }
}
