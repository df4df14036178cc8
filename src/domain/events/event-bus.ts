/**
 * Domain events, published after a write has committed. Subscribers (cache purge, search index,
 * webhooks, CDN purge) never know whether the bus is in-process, crosses cluster IPC or Redis.
 * Anything that must not be lost is also a database row; an event is a notification.
 */
export type ArticleEventType =
  | "article.published"
  | "article.updated"
  | "article.unpublished"
  | "article.deleted";

export interface ArticleEvent {
  type: ArticleEventType;
  articleId: number;
  slug: string;
  /** The article's section and every ancestor: pages of all of them list it. */
  sectionSlugs: string[];
  tagSlugs: string[];
  authorSlugs: string[];
  /** Epoch ms of the event. */
  at: number;
}

export type DomainEvent = ArticleEvent;

export type EventHandler = (event: DomainEvent) => Promise<void> | void;

export interface SubscribeOptions {
  /**
   * Also handle events published by the other processes of a cluster: for per-process state such
   * as page caches. By default a subscriber handles each event once, in the process that
   * published it (search index, webhooks, pings), however many processes run.
   */
  everyProcess?: boolean;
}

export interface EventBus {
  /** Resolves once every local subscriber has handled the event (purges finish before a write returns). */
  publish(event: DomainEvent): Promise<void>;
  subscribe(handler: EventHandler, options?: SubscribeOptions): () => void;
}

/** The single-process bus. Handler errors are reported, never thrown back at the writer. */
export function inMemoryEventBus(onError: (err: unknown, event: DomainEvent) => void = () => {}): EventBus {
  const handlers = new Set<EventHandler>();
  return {
    async publish(event) {
      await Promise.all(
        [...handlers].map(async (h) => {
          try {
            await h(event);
          } catch (err) {
            onError(err, event);
          }
        }),
      );
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
}
