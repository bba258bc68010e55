// The text and blocks of the articles the reader shows, read by id and version
// (the article's updatedAt): a selection starts the read at once, before the
// screen re-renders, and the last few bodies stay at hand for going back.
import type { ArticleBody } from '../../storage';

const KEPT = 4;

export class ArticleBodies {
  private readonly reads = new Map<string, Promise<ArticleBody | undefined>>();
  private readonly done = new Map<string, ArticleBody | undefined>();

  constructor(private readonly read: (id: string) => Promise<ArticleBody | undefined>) {}

  /** Starts (or joins) reading a body; a failed read is not kept, so the next call tries again. */
  load(id: string, version: string): Promise<ArticleBody | undefined> {
    const key = `${id}@${version}`;
    let reading = this.reads.get(key);
    if (!reading) {
      reading = this.read(id).then(
        (body) => {
          this.done.set(key, body);
          return body;
        },
        (error: unknown) => {
          this.reads.delete(key);
          throw error;
        },
      );
      this.reads.set(key, reading);
      // Oldest first: drop what is beyond the last few.
      for (const old of [...this.reads.keys()].slice(0, -KEPT)) {
        this.reads.delete(old);
        this.done.delete(old);
      }
    }
    return reading;
  }

  /** The body if it has been read already (no render waits for a promise then). */
  peek(id: string, version: string): ArticleBody | undefined {
    return this.done.get(`${id}@${version}`);
  }
}
