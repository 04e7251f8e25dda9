import pino, { type DestinationStream, type Level, type Logger } from "pino";

export type { Logger };

/** The process's structured JSON logger (pino): one line per event, on stdout unless given a stream. */
export function createLogger(level: Level | "silent", destination?: DestinationStream): Logger {
  return pino({ level, base: { service: "hiredinai-api" }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

/**
 * Lets at most `perWindow` lines of one kind through per `windowMs`, so that an outage (thousands of
 * failing requests a second) writes a few lines and a count instead of flooding the log.
 */
export class LogThrottle {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly log: Logger,
    private readonly perWindow = 10,
    private readonly windowMs = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a line of this kind may be written now. */
  allow(kind: string): boolean {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) this.flush(now);
    const count = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, count);
    return count <= this.perWindow;
  }

  private flush(now: number): void {
    for (const [kind, count] of this.counts) {
      if (count > this.perWindow)
        this.log.warn({ kind, suppressed: count - this.perWindow, windowMs: this.windowMs }, "log lines suppressed");
    }
    this.counts.clear();
    this.windowStart = now;
  }
}
