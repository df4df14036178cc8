/**
 * Domain events, published after a write has committed. Subscribers (cache purge, search index,
 * webhooks, CDN purge) never know whether the bus is in-process, crosses a cluster's threads or Redis.
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

/**
 * A section was added, renamed, moved or removed: every page shows the section navigation, so
 * caches drop everything and section trees are read again.
 */
export interface SectionsChangedEvent {
  type: "sections.changed";
  /** Epoch ms of the event. */
  at: number;
}

export type DomainEvent = ArticleEvent | SectionsChangedEvent;

export function isArticleEvent(event: DomainEvent): event is ArticleEvent {
  return event.type !== "sections.changed";
}

export type SectionsHandler = (event: SectionsChangedEvent) => Promise<void> | void;

/** Handles article events (the events most subscribers care about). */
export type EventHandler = (event: ArticleEvent) => Promise<void> | void;

export interface SubscribeOptions {
  /**
   * Also handle events published by the other workers (the threads of a cluster, or processes on
   * other machines): for per-worker state such as page caches. By default a subscriber handles
   * each event once, in the worker that published it (search index, webhooks, pings), however
   * many workers run.
   */
  everyWorker?: boolean;
}

export interface EventBus {
  /** Resolves once every local subscriber has handled the event (purges finish before a write returns). */
  publish(event: DomainEvent): Promise<void>;
  /** Article events. */
  subscribe(handler: EventHandler, options?: SubscribeOptions): () => void;
  /** Section changes. */
  subscribeSections(handler: SectionsHandler, options?: SubscribeOptions): () => void;
}

/** The handlers of one worker, each for the kind of event it subscribed to. */
export function localHandlers() {
  const handlers = new Map<EventHandler | SectionsHandler, { everyWorker: boolean; sections: boolean }>();
  const add = (
    handler: EventHandler | SectionsHandler,
    sections: boolean,
    options: SubscribeOptions = {},
  ) => {
    handlers.set(handler, { everyWorker: options.everyWorker === true, sections });
    return () => handlers.delete(handler);
  };
  return {
    /** The handlers due for `event`; `relayed`: it was published by another worker. */
    due(event: DomainEvent, relayed: boolean): ((event: DomainEvent) => Promise<void> | void)[] {
      const sections = !isArticleEvent(event);
      return [...handlers]
        .filter(([, h]) => h.sections === sections && (h.everyWorker || !relayed))
        .map(([handler]) => handler as (event: DomainEvent) => Promise<void> | void);
    },
    subscribe: (handler: EventHandler, options?: SubscribeOptions) => add(handler, false, options),
    subscribeSections: (handler: SectionsHandler, options?: SubscribeOptions) => add(handler, true, options),
  };
}

/** The single-process bus. Handler errors are reported, never thrown back at the writer. */
export function inMemoryEventBus(onError: (err: unknown, event: DomainEvent) => void = () => {}): EventBus {
  const handlers = localHandlers();
  return {
    async publish(event) {
      await Promise.all(
        handlers.due(event, false).map(async (h) => {
          try {
            await h(event);
          } catch (err) {
            onError(err, event);
          }
        }),
      );
    },
    subscribe: handlers.subscribe,
    subscribeSections: handlers.subscribeSections,
  };
}
