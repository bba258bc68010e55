// Requests to a Web Worker as promises: each message carries a requestId, and
// the worker's answer with the same requestId settles it. A worker that fails
// to load or crashes answers nothing, so it fails everything still waiting
// instead of leaving it hanging.

export class WorkerRequests<Answer extends { requestId: number }> {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(answer: Answer): void; reject(error: Error): void }>();

  /** `onStopped` runs after a crash, once what waited has been failed. */
  constructor(
    private readonly worker: Worker,
    stoppedMessage: string,
    onStopped?: () => void,
  ) {
    worker.onmessage = (event: MessageEvent<Answer>) => {
      this.waiting.get(event.data.requestId)?.resolve(event.data);
      this.waiting.delete(event.data.requestId);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || stoppedMessage);
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
      onStopped?.();
    };
  }

  /** A message that gets no answer. */
  post(message: object): void {
    this.worker.postMessage(message);
  }

  send(message: object): Promise<Answer> {
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(requestId, { resolve, reject });
      this.worker.postMessage({ ...message, requestId });
    });
  }
}
